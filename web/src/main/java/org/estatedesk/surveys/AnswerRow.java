package org.estatedesk.surveys;

import java.io.Serializable;
import java.util.List;

/** One question of an answer form (staff on the owner's behalf, or the owner's page) and what was entered. */
public class AnswerRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long questionId;
    private final int number;
    private final QuestionKind kind;
    private final String text;
    private final boolean required;
    private final List<String> options;
    private Integer score;
    private String option;
    private String answer;

    AnswerRow(Question q) {
        this.questionId = q.getId();
        this.number = q.getPosition() + 1;
        this.kind = q.getKind();
        this.text = q.getText();
        this.required = q.isRequired();
        this.options = q.getOptions();
    }

    static List<AnswerRow> of(Questionnaire q) {
        return q.getQuestions().stream().map(AnswerRow::new).toList();
    }

    /** What the service checks: only the field of the question's kind, nothing when left empty. */
    AnswerInput input() {
        return switch (kind) {
            case SCORE -> new AnswerInput(questionId, score, null, null);
            case SINGLE_CHOICE -> new AnswerInput(questionId, null, option == null || option.isBlank() ? null : option,
                    null);
            case TEXT -> new AnswerInput(questionId, null, null, answer == null || answer.isBlank() ? null : answer);
        };
    }

    static List<AnswerInput> inputs(List<AnswerRow> rows) {
        return rows.stream().map(AnswerRow::input).toList();
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getNumber() {
        return number;
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
        return options;
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getOption() {
        return option;
    }

    public void setOption(String option) {
        this.option = option;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
