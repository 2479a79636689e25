package org.estatedesk.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One answer to one question of an invitation: a score, an option's index, or a text. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {
    /** A checked answer, before it is stored. */
    public record Value(long questionId, Integer score, Integer optionIndex, String text) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
    @SequenceGenerator(name = "survey_answer_seq", sequenceName = "survey_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "invitation_id", nullable = false)
    private Long invitationId;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    private Integer score;

    @Column(name = "option_index")
    private Integer optionIndex;

    @Column(name = "answer_text")
    private String text;

    @Version
    private int version;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(SurveyInvitation invitation, Value v) {
        this.invitationId = invitation.getId();
        this.surveyId = invitation.getSurveyId();
        this.questionId = v.questionId();
        this.score = v.score();
        this.optionIndex = v.optionIndex();
        this.text = v.text();
    }

    public Long getId() {
        return id;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Integer getScore() {
        return score;
    }

    public Integer getOptionIndex() {
        return optionIndex;
    }

    public String getText() {
        return text;
    }

    public int getVersion() {
        return version;
    }
}
