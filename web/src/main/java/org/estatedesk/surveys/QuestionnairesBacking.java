package org.estatedesk.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageRequest;

/** The questionnaires page (R6.3): the list, the editor dialog of a draft, publish and close after a confirmation. */
@Named
@ViewScoped
public class QuestionnairesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    QuestionnaireService service;

    private QuestionnaireState state;
    private List<Questionnaire> rows = List.of();

    private Long editingId;
    private Integer editingVersion;
    private String title;
    private String description;
    private List<QuestionRow> questions = new ArrayList<>();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        rows = service.questionnaires(state, new PageRequest(0, 200)).items();
    }

    /** A new questionnaire: the dialog starts with one score question. */
    public void prepareNew() {
        editingId = null;
        editingVersion = null;
        title = null;
        description = null;
        questions = new ArrayList<>(List.of(new QuestionRow()));
    }

    public void prepareEdit(Questionnaire q) {
        Questionnaire fresh = service.find(q.getId());
        editingId = fresh.getId();
        editingVersion = fresh.getVersion();
        title = fresh.getTitle();
        description = fresh.getDescription();
        questions = new ArrayList<>(fresh.getQuestions().stream().map(QuestionRow::of).toList());
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < questions.size()) {
            questions.add(index - 1, questions.remove(index));
        }
    }

    public void save() {
        List<QuestionDraft> drafts = questions.stream().map(QuestionRow::draft).toList();
        Questionnaire q = editingId == null ? service.define(null, title, description, drafts)
                : service.revise(editingId, title, description, drafts, editingVersion);
        FacesMessages.info("questionnaire.saved", q.getTitle());
        search();
    }

    public void publish(Questionnaire q) {
        try {
            service.publish(q.getId(), q.getVersion());
            FacesMessages.info("questionnaire.published", q.getTitle());
        } finally {
            search(); // a refused change shows the list as it is now
        }
    }

    public void close(Questionnaire q) {
        try {
            service.close(q.getId(), q.getVersion());
            FacesMessages.info("questionnaire.closed", q.getTitle());
        } finally {
            search(); // a refused change shows the list as it is now
        }
    }

    public void delete(Questionnaire q) {
        try {
            service.delete(q.getId(), q.getVersion());
            FacesMessages.info("questionnaire.deleted", q.getTitle());
        } finally {
            search(); // a refused change shows the list as it is now
        }
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public List<QuestionnaireState> getStates() {
        return List.of(QuestionnaireState.values());
    }

    public QuestionnaireState getState() {
        return state;
    }

    public void setState(QuestionnaireState state) {
        this.state = state;
    }

    public List<Questionnaire> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }
}
