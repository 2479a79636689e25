package org.estatedesk.surveys;

import org.estatedesk.estates.EstateMemory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Spreadsheet;
import org.estatedesk.shared.Times;
import org.primefaces.model.StreamedContent;

/**
 * The surveys page (R6.3): a published questionnaire's estates compared, sending it to another estate (after a
 * confirmation), one survey's scores and invitations, answers entered on an owner's behalf, the Excel export.
 */
@Named
@ViewScoped
public class SurveysBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EstateMemory estateMemory;

    @Inject
    Times times;

    @EJB
    SurveyService service;

    @EJB
    QuestionnaireService questionnaires;

    @EJB
    EstateService estateService;

    private List<Questionnaire> choices = List.of();
    private List<Estate> estates = List.of();
    private Long questionnaireId;
    private Long estateId;
    private List<EstateComparison> comparison = List.of();
    private Long surveyId;
    private SurveyReport report;
    private SurveyInvitation.State invitationState = SurveyInvitation.State.PENDING;
    private final PagedModel<SurveyInvitation> invitations = new PagedModel<>(this::page, SurveyInvitation::getId);

    private SurveyInvitation answering;
    private SurveyInvitation.Channel channel = SurveyInvitation.Channel.PHONE;
    private List<AnswerRow> answerRows = List.of();

    @PostConstruct
    void init() {
        List<Questionnaire> list = new ArrayList<>(questionnaires.questionnaires(QuestionnaireState.PUBLISHED,
                new PageRequest(0, 200)).items());
        list.addAll(questionnaires.questionnaires(QuestionnaireState.CLOSED, new PageRequest(0, 200)).items());
        choices = list;
        estates = estateService.visibleEstates();
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("questionnaireId");
        if (param != null && param.matches("\\d{1,18}")) {
            questionnaireId = Long.valueOf(param);
        } else if (!choices.isEmpty()) {
            questionnaireId = choices.get(0).getId();
        }
        estateId = estateMemory.preselect(estates);
        FacesMessages.refusalShown(this::load);
    }

    private Page<SurveyInvitation> page(PagedModel.Request r) {
        if (surveyId == null) {
            return new Page<>(List.of(), 0);
        }
        return service.invitations(surveyId, invitationState, new PageRequest(r.first() / r.size(), r.size()));
    }

    /** The chosen questionnaire's estates; the first survey opens. */
    public void load() {
        comparison = List.of();
        try {
            comparison = questionnaireId == null ? List.of() : service.comparison(questionnaireId);
        } finally {
            open(comparison.isEmpty() ? null : comparison.get(0).score().surveyId());
        }
    }

    public void open(Long id) {
        surveyId = id;
        report = id == null ? null : service.scores(id);
        invitations.restart("form:invitations");
    }

    public void filterInvitations() {
        invitations.restart("form:invitations");
    }

    public void send() {
        Survey s = service.send(questionnaireId, estateId);
        FacesMessages.info("survey.sent", s.getInvitations(), s.getEmails());
        comparison = service.comparison(questionnaireId);
        open(s.getId());
    }

    public void prepareAnswer(SurveyInvitation i) {
        answering = i;
        channel = SurveyInvitation.Channel.PHONE;
        answerRows = AnswerRow.of(service.questionnaire(i.getSurveyId()));
    }

    public void saveAnswers() {
        service.answer(answering.getId(), channel, AnswerRow.inputs(answerRows), answering.getVersion());
        FacesMessages.info("survey.answered", answering.getUnitCode(), answering.getOwnerName());
        open(surveyId);
        comparison = service.comparison(questionnaireId);
    }

    /** Every answered invitation of the survey, one row each, one column per question. */
    public StreamedContent export() {
        Questionnaire q = report.questionnaire();
        List<String> headers = new ArrayList<>(List.of("survey.unit", "survey.owner", "survey.channel",
                "survey.answeredBy", "survey.answeredAt"));
        Map<Long, Integer> column = new HashMap<>();
        for (Question question : q.getQuestions()) {
            column.put(question.getId(), headers.size());
            headers.add((question.getPosition() + 1) + ". " + question.getText());
        }
        List<Object[]> rows = new ArrayList<>();
        for (AnswerSheet sheet : service.answerSheets(surveyId)) {
            SurveyInvitation i = sheet.invitation();
            Object[] row = new Object[headers.size()];
            row[0] = i.getUnitCode();
            row[1] = i.getOwnerName();
            row[2] = FacesMessages.text("survey.channel." + i.getChannel());
            row[3] = i.getAnsweredBy();
            row[4] = times.minute(i.getAnsweredAt());
            for (SurveyAnswer a : sheet.answers()) {
                Integer c = column.get(a.getQuestionId());
                if (c != null) {
                    Question question = q.getQuestions().get(c - 5);
                    row[c] = a.getScore() != null ? a.getScore()
                            : a.getOptionIndex() != null ? question.getOptions().get(a.getOptionIndex()) : a.getText();
                }
            }
            rows.add(row);
        }
        return Spreadsheet.of("survey-" + surveyId + ".xlsx", "survey.export", headers, rows);
    }

    public String estateName(long id) {
        return estates.stream().filter(e -> e.getId() == id).map(Estate::getName).findFirst().orElse("");
    }

    public List<Questionnaire> getChoices() {
        return choices;
    }

    public Questionnaire getChosen() {
        return choices.stream().filter(c -> c.getId().equals(questionnaireId)).findFirst().orElse(null);
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Long getQuestionnaireId() {
        return questionnaireId;
    }

    public void setQuestionnaireId(Long questionnaireId) {
        this.questionnaireId = questionnaireId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public List<EstateComparison> getComparison() {
        return comparison;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public SurveyReport getReport() {
        return report;
    }

    public PagedModel<SurveyInvitation> getInvitations() {
        return invitations;
    }

    public SurveyInvitation.State getInvitationState() {
        return invitationState;
    }

    public void setInvitationState(SurveyInvitation.State invitationState) {
        this.invitationState = invitationState;
    }

    public List<SurveyInvitation.State> getInvitationStates() {
        return List.of(SurveyInvitation.State.values());
    }

    public SurveyInvitation getAnswering() {
        return answering;
    }

    public SurveyInvitation.Channel getChannel() {
        return channel;
    }

    public void setChannel(SurveyInvitation.Channel channel) {
        this.channel = channel;
    }

    public List<SurveyInvitation.Channel> getChannels() {
        return List.of(SurveyInvitation.Channel.PHONE, SurveyInvitation.Channel.VISIT);
    }

    public List<AnswerRow> getAnswerRows() {
        return answerRows;
    }
}
