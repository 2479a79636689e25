package org.estatedesk.surveys;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A company's questionnaire (问卷, R6.3): title, description and ordered questions. Questions change only while it is
 * a DRAFT; publishing freezes them (answers refer to them); a closed questionnaire takes no more surveys or answers.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire implements Versioned {
    public static final int MAX_QUESTIONS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_seq")
    @SequenceGenerator(name = "questionnaire_seq", sequenceName = "questionnaire_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionnaireState state = QuestionnaireState.DRAFT;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @org.hibernate.annotations.BatchSize(size = 50)
    private List<Question> questions = new ArrayList<>();

    @Version
    private int version;

    protected Questionnaire() {
    }

    public Questionnaire(long companyId, String title, String description, List<QuestionDraft> drafts, String by,
            OffsetDateTime at) {
        this.companyId = companyId;
        this.createdBy = by;
        this.createdAt = at;
        describe(title, description, drafts, at);
    }

    /** New title, description and questions: only a DRAFT (a published questionnaire's questions are frozen). */
    public void revise(String newTitle, String newDescription, List<QuestionDraft> drafts, OffsetDateTime at) {
        if (state != QuestionnaireState.DRAFT) {
            throw new ConflictException("error.questionnaire.frozen", state);
        }
        describe(newTitle, newDescription, drafts, at);
    }

    private void describe(String newTitle, String newDescription, List<QuestionDraft> drafts, OffsetDateTime at) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolationException("error.required", "title");
        }
        if (newTitle.trim().length() > 200) {
            throw new RuleViolationException("error.survey.tooLong", "title", 200);
        }
        if (newDescription != null && newDescription.trim().length() > 2000) {
            throw new RuleViolationException("error.survey.tooLong", "description", 2000);
        }
        List<QuestionDraft> list = drafts == null ? List.of() : drafts;
        if (list.size() > MAX_QUESTIONS) {
            throw new RuleViolationException("error.survey.tooManyQuestions", "questions", MAX_QUESTIONS);
        }
        // the questions are changed in place (same rows at the same positions), extra ones removed, new ones added
        for (int i = 0; i < list.size(); i++) {
            if (i < questions.size()) {
                questions.get(i).define(list.get(i));
            } else {
                questions.add(new Question(this, i, list.get(i)));
            }
        }
        while (questions.size() > list.size()) {
            questions.remove(questions.size() - 1);
        }
        this.title = newTitle.trim();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
        this.updatedAt = at;
    }

    /** Only a DRAFT may be deleted: a published questionnaire may have surveys and answers. */
    public void checkDeletable() {
        if (state != QuestionnaireState.DRAFT) {
            throw new ConflictException("error.questionnaire.frozen", state);
        }
    }

    /** DRAFT → PUBLISHED: needs at least one question; from now on the questions are frozen. */
    public void publish(OffsetDateTime at) {
        if (state == QuestionnaireState.DRAFT && questions.isEmpty()) {
            throw new RuleViolationException("error.questionnaire.noQuestions", "questions");
        }
        state = state.to(QuestionnaireState.PUBLISHED);
        publishedAt = at;
        updatedAt = at;
    }

    /** PUBLISHED → CLOSED: no more surveys, no more answers. */
    public void close(OffsetDateTime at) {
        state = state.to(QuestionnaireState.CLOSED);
        closedAt = at;
        updatedAt = at;
    }

    /** Surveys may be sent and answered only while it is published. */
    public void checkOpen() {
        if (state != QuestionnaireState.PUBLISHED) {
            throw new ConflictException("error.questionnaire.notOpen", title, state);
        }
    }

    /**
     * Checks a whole answer sheet against the questions (R6.3): every answer names a question of this questionnaire
     * once, matches its kind and range, and every required question is answered; returns what is to be stored.
     */
    public List<SurveyAnswer.Value> check(List<AnswerInput> answers) {
        checkOpen();
        Map<Long, Question> byId = new HashMap<>();
        for (Question q : questions) {
            byId.put(q.getId(), q);
        }
        List<SurveyAnswer.Value> values = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<AnswerInput> list = answers == null ? List.of() : answers;
        for (int i = 0; i < list.size(); i++) {
            AnswerInput a = list.get(i);
            if (a == null || a.questionId() == null) {
                throw new RuleViolationException("error.required", "answers[" + i + "].questionId");
            }
            Question q = byId.get(a.questionId());
            if (q == null) {
                throw new RuleViolationException("error.survey.unknownQuestion", "answers[" + i + "].questionId",
                        a.questionId());
            }
            if (!seen.add(q.getId())) {
                throw new RuleViolationException("error.survey.duplicateAnswer", "answers[" + i + "].questionId",
                        a.questionId());
            }
            SurveyAnswer.Value v = q.check(a, i);
            if (v != null) {
                values.add(v);
            }
        }
        Set<Long> answered = new HashSet<>();
        values.forEach(v -> answered.add(v.questionId()));
        for (Question q : questions) {
            if (q.isRequired() && !answered.contains(q.getId())) {
                throw new RuleViolationException("error.survey.requiredAnswer", "answers", q.getPosition() + 1,
                        q.getText());
            }
        }
        if (values.isEmpty()) {
            throw new RuleViolationException("error.survey.emptyAnswers", "answers");
        }
        return values;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public QuestionnaireState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    @Override
    public int getVersion() {
        return version;
    }
}
