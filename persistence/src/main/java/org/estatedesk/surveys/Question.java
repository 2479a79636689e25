package org.estatedesk.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.estatedesk.shared.RuleViolationException;

/** One question of a questionnaire, at its position; the options of a single choice are kept one per line. */
@Entity
@Table(name = "survey_question")
public class Question {
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
    @SequenceGenerator(name = "survey_question_seq", sequenceName = "survey_question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false)
    private Questionnaire questionnaire;

    @Column(name = "seq_no", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(name = "question_text", nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean required;

    private String options;

    @Version
    private int version;

    protected Question() {
    }

    Question(Questionnaire questionnaire, int position, QuestionDraft draft) {
        this.questionnaire = questionnaire;
        this.position = position;
        define(draft);
    }

    /** Replaces kind, text and options, checked; the field named in an error is {@code questions[i].…}. */
    void define(QuestionDraft d) {
        String field = "questions[" + position + "]";
        if (d == null || d.kind() == null) {
            throw new RuleViolationException("error.required", field + ".kind");
        }
        if (d.text() == null || d.text().isBlank()) {
            throw new RuleViolationException("error.required", field + ".text");
        }
        if (d.text().trim().length() > 500) {
            throw new RuleViolationException("error.survey.tooLong", field + ".text", 500);
        }
        List<String> cleaned = new ArrayList<>();
        for (String o : d.options()) {
            if (o == null || o.isBlank()) {
                throw new RuleViolationException("error.survey.optionBlank", field + ".options");
            }
            if (o.contains("\n") || o.contains("\r") || o.trim().length() > 100) {
                throw new RuleViolationException("error.survey.optionInvalid", field + ".options", o);
            }
            cleaned.add(o.trim());
        }
        if (new HashSet<>(cleaned).size() != cleaned.size()) {
            throw new RuleViolationException("error.survey.optionDuplicate", field + ".options");
        }
        if (d.kind() == QuestionKind.SINGLE_CHOICE && (cleaned.size() < 2 || cleaned.size() > MAX_OPTIONS)) {
            throw new RuleViolationException("error.survey.optionCount", field + ".options", MAX_OPTIONS);
        }
        if (d.kind() != QuestionKind.SINGLE_CHOICE && !cleaned.isEmpty()) {
            throw new RuleViolationException("error.survey.noOptions", field + ".options");
        }
        this.kind = d.kind();
        this.text = d.text().trim();
        this.required = d.required();
        this.options = cleaned.isEmpty() ? null : String.join("\n", cleaned);
    }

    /**
     * Checks one answer against this question and returns what is stored: a score within 1–5, an option's index, a
     * text; an empty answer is null (refused by the caller when the question is required).
     */
    SurveyAnswer.Value check(AnswerInput a, int index) {
        String field = "answers[" + index + "]";
        boolean given = a.score() != null || (a.option() != null && !a.option().isBlank())
                || (a.text() != null && !a.text().isBlank());
        if (!given) {
            return null;
        }
        switch (kind) {
            case SCORE -> {
                if (a.score() == null || a.option() != null || a.text() != null) {
                    throw new RuleViolationException("error.survey.answerKind", field + ".score", id, kind);
                }
                if (a.score() < QuestionKind.MIN_SCORE || a.score() > QuestionKind.MAX_SCORE) {
                    throw new RuleViolationException("error.survey.scoreRange", field + ".score",
                            QuestionKind.MIN_SCORE, QuestionKind.MAX_SCORE);
                }
                return new SurveyAnswer.Value(id, a.score(), null, null);
            }
            case SINGLE_CHOICE -> {
                if (a.option() == null || a.score() != null || a.text() != null) {
                    throw new RuleViolationException("error.survey.answerKind", field + ".option", id, kind);
                }
                int i = getOptions().indexOf(a.option().trim());
                if (i < 0) {
                    throw new RuleViolationException("error.survey.unknownOption", field + ".option", a.option());
                }
                return new SurveyAnswer.Value(id, null, i, null);
            }
            default -> {
                if (a.text() == null || a.score() != null || a.option() != null) {
                    throw new RuleViolationException("error.survey.answerKind", field + ".text", id, kind);
                }
                if (a.text().trim().length() > MAX_TEXT) {
                    throw new RuleViolationException("error.survey.tooLong", field + ".text", MAX_TEXT);
                }
                return new SurveyAnswer.Value(id, null, null, a.text().trim());
            }
        }
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : List.of(options.split("\n"));
    }

    public int getVersion() {
        return version;
    }
}
