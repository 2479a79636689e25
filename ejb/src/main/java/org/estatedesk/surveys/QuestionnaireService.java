package org.estatedesk.surveys;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;

/**
 * Questionnaires (问卷定义, R6.3): CS managers and supervisors (and administrators) write them for their company,
 * publish them (the questions are then frozen) and close them; the CS staff and auditors read them.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.AUDITOR})
public class QuestionnaireService {
    @Inject
    Clock clock;

    @Inject
    SurveyRepository surveys;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public Questionnaire define(Long companyId, String title, String description, List<QuestionDraft> questions) {
        long company = caller.company(companyId);
        Questionnaire q = new Questionnaire(company, title, description, questions, caller.username(), now());
        surveys.store(q);
        log.record("QUESTIONNAIRE_DEFINE", "questionnaire", q.getId(), q.getTitle(), company);
        return q;
    }

    /** New title, description and questions of a DRAFT; a published one answers 409. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public Questionnaire revise(long id, String title, String description, List<QuestionDraft> questions,
            Integer version) {
        Questionnaire q = find(id);
        q.checkVersion(version);
        q.revise(title, description, questions, now());
        log.record("QUESTIONNAIRE_REVISE", "questionnaire", id, q.getTitle(), q.getCompanyId());
        return q;
    }

    /** Deletes a DRAFT (it was never sent); a published or closed one answers 409. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public void delete(long id, Integer version) {
        Questionnaire q = find(id);
        q.checkVersion(version);
        q.checkDeletable();
        surveys.remove(q);
        log.record("QUESTIONNAIRE_DELETE", "questionnaire", id, q.getTitle(), q.getCompanyId());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public Questionnaire publish(long id, Integer version) {
        Questionnaire q = find(id);
        q.checkVersion(version);
        q.publish(now());
        log.record("QUESTIONNAIRE_PUBLISH", "questionnaire", id, q.getTitle(), q.getCompanyId());
        return q;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public Questionnaire close(long id, Integer version) {
        Questionnaire q = find(id);
        q.checkVersion(version);
        q.close(now());
        log.record("QUESTIONNAIRE_CLOSE", "questionnaire", id, q.getTitle(), q.getCompanyId());
        return q;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public Questionnaire find(long id) {
        Questionnaire q = surveys.questionnaire(id, caller.scope())
                .orElseThrow(() -> new NotFoundException("questionnaire", id));
        q.getQuestions().size();
        return q;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.AUDITOR})
    public Page<Questionnaire> questionnaires(QuestionnaireState state, PageRequest page) {
        Page<Questionnaire> result = surveys.questionnaires(state, caller.scope(), page);
        result.items().forEach(q -> q.getQuestions().size());
        return result;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
