package org.estatedesk.surveys;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Satisfaction surveys (R6.3): a published questionnaire sent to the owners of an estate — the invitations and the
 * owners' e-mails written set-based in one transaction, however large the estate —, answers taken by staff on an
 * owner's behalf (phone, visit), the scores per survey and the comparison of the estates, and an estate's figures
 * per month for statistics.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.AUDITOR})
public class SurveyService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    SurveyRepository surveys;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    SurveyMailing mailing;

    @Inject
    @ConfigProperty(name = "estatedesk.web.baseUrl", defaultValue = "http://localhost:9080")
    String baseUrl;

    /**
     * Sends a published questionnaire to the owners of an estate of its company: one invitation per current owner
     * and unit (insert-select), an e-mail with the owner's link to each who has an address (insert-select into the
     * outbox, delivered after the commit). Once per questionnaire and estate (409).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public Survey send(long questionnaireId, long estateId) {
        DataScope scope = caller.scope();
        Questionnaire q = surveys.questionnaire(questionnaireId, scope)
                .orElseThrow(() -> new NotFoundException("questionnaire", questionnaireId));
        Estate estate = estates.find(estateId, scope).orElseThrow(() -> new NotFoundException("estate", estateId));
        if (surveys.sent(questionnaireId, estateId)) {
            throw new ConflictException("error.survey.sentAlready", q.getTitle(), estate.getName());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Survey s = new Survey(q, estate.getId(), estate.getCompanyId(), caller.username(), now);
        surveys.store(s);
        int invited = surveys.invite(s);
        List<Long> mails = surveys.mailInvitations(s, "满意度调查：" + q.getTitle(), "尊敬的 ",
                "：\n\n" + estate.getName() + " 物业服务中心诚邀您参加满意度调查「" + q.getTitle() + "」。"
                        + "\n请打开以下链接作答（每个链接只能提交一次）：\n" + baseUrl + "/surveys/answer.xhtml?token=",
                "\n\n感谢您的支持！", now);
        s.invited(invited, mails.size());
        mailing.deliverAfterCommit(mails);
        log.record("SURVEY_SEND", "survey", s.getId(), q.getTitle() + " → " + estate.getCode() + ": " + invited
                + " invitations, " + mails.size() + " e-mails", s.getCompanyId());
        return s;
    }

    /** Answers an owner gave by phone or at a visit, entered by staff on his behalf; once per invitation (409). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public SurveyInvitation answer(long invitationId, SurveyInvitation.Channel channel, List<AnswerInput> answers,
            Integer version) {
        DataScope scope = caller.scope();
        SurveyInvitation i = surveys.invitation(invitationId, scope)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        if (channel == SurveyInvitation.Channel.ONLINE) {
            throw new RuleViolationException("error.survey.staffChannel", "channel");
        }
        Questionnaire q = questionnaireOf(i.getSurveyId(), scope);
        i.checkVersion(version);
        i.checkPending();
        List<SurveyAnswer.Value> values = q.check(answers);
        i.answered(channel, caller.username(), OffsetDateTime.now(clock));
        values.forEach(v -> surveys.store(new SurveyAnswer(i, v)));
        log.record("SURVEY_ANSWER", "survey", i.getSurveyId(), i.getUnitCode() + " " + i.getOwnerName() + " "
                + channel, i.getCompanyId());
        return i;
    }

    private Questionnaire questionnaireOf(long surveyId, DataScope scope) {
        Survey s = survey(surveyId, scope);
        Questionnaire q = surveys.questionnaire(s.getQuestionnaireId(), scope)
                .orElseThrow(() -> new NotFoundException("questionnaire", s.getQuestionnaireId()));
        q.getQuestions().size();
        return q;
    }

    private Survey survey(long id, DataScope scope) {
        return surveys.survey(id, scope).orElseThrow(() -> new NotFoundException("survey", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public Survey find(long id) {
        return survey(id, caller.scope());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public Page<Survey> surveys(Long questionnaireId, Long estateId, PageRequest page) {
        return surveys.surveys(questionnaireId, estateId, caller.scope(), page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public Page<SurveyInvitation> invitations(long surveyId, SurveyInvitation.State state, PageRequest page) {
        survey(surveyId, caller.scope());
        return surveys.invitations(surveyId, state, page);
    }

    /** One invitation and its answers (empty until answered). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public AnswerSheet invitation(long id) {
        SurveyInvitation i = surveys.invitation(id, caller.scope())
                .orElseThrow(() -> new NotFoundException("invitation", id));
        return new AnswerSheet(i, surveys.answers(id));
    }

    /** The questionnaire a survey asks (for entering answers on an owner's behalf). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public Questionnaire questionnaire(long surveyId) {
        return questionnaireOf(surveyId, caller.scope());
    }

    /** A survey's scores: response rate, satisfaction, each question's average or option counts. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public SurveyReport scores(long surveyId) {
        DataScope scope = caller.scope();
        Survey s = survey(surveyId, scope);
        Questionnaire q = questionnaireOf(surveyId, scope);
        String estateName = estates.byId(s.getEstateId()).map(Estate::getName).orElse("");
        Scores.SurveyScore score = surveys.scores(List.of(surveyId)).get(0);
        return new SurveyReport(s, q, estateName, score, Scores.perQuestion(q.getQuestions(),
                surveys.tallies(surveyId)));
    }

    /** The estates a questionnaire was sent to, side by side: invitations, response rate, satisfaction. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public List<EstateComparison> comparison(long questionnaireId) {
        DataScope scope = caller.scope();
        surveys.questionnaire(questionnaireId, scope)
                .orElseThrow(() -> new NotFoundException("questionnaire", questionnaireId));
        List<Survey> sent = surveys.surveys(questionnaireId, null, scope, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
        Map<Long, Estate> byId = new HashMap<>();
        estates.findVisible(scope).forEach(e -> byId.put(e.getId(), e));
        List<EstateComparison> rows = new ArrayList<>();
        for (Scores.SurveyScore score : surveys.scores(sent.stream().map(Survey::getId).toList())) {
            Estate e = byId.get(score.estateId());
            rows.add(new EstateComparison(e == null ? "" : e.getCode(), e == null ? "" : e.getName(), score));
        }
        return rows;
    }

    /** Every answered invitation of a survey with its answers, by unit (the Excel export). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public List<AnswerSheet> answerSheets(long surveyId) {
        survey(surveyId, caller.scope());
        List<AnswerSheet> sheets = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<SurveyInvitation> p = surveys.invitations(surveyId, SurveyInvitation.State.ANSWERED,
                    new PageRequest(page, PageRequest.MAX_SIZE));
            Map<Long, List<SurveyAnswer>> answers = new HashMap<>();
            for (SurveyAnswer a : surveys.answersOf(p.items().stream().map(SurveyInvitation::getId).toList())) {
                answers.computeIfAbsent(a.getInvitationId(), k -> new ArrayList<>()).add(a);
            }
            p.items().forEach(i -> sheets.add(new AnswerSheet(i, answers.getOrDefault(i.getId(), List.of()))));
            if (p.items().size() < PageRequest.MAX_SIZE) {
                return sheets;
            }
        }
    }

    /**
     * An estate's survey figures of a month (invitations answered in it, China time): the hook for statistics,
     * which keep their own satisfaction figure from callbacks.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public SurveySatisfaction satisfaction(long estateId, YearMonth period) {
        if (period == null) {
            throw new RuleViolationException("error.required", "period");
        }
        estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        long[] f = surveys.estateFigures(estateId, period.atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime(),
                period.plusMonths(1).atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime());
        return new SurveySatisfaction(estateId, period, f[0], f[1], Scores.average(f[2], f[1]),
                Scores.satisfaction(f[2], f[1]));
    }
}
