package org.estatedesk.surveys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer of a sheet (R6.3), taken by staff ({@link InvitationResource}) or given by the owner through his link
 * ({@link PublicSurveyResource}); the service checks it against its question.
 */
@Schema(description = "An answer: score for a SCORE question, option for a SINGLE_CHOICE one, text for a TEXT one")
public record SurveyAnswerRequest(Long questionId,
        @Schema(description = "SCORE: 1-5") @Min(-100) @Max(100) Integer score,
        @Schema(description = "SINGLE_CHOICE: the option's label") String option,
        @Schema(description = "TEXT") String text) {
    AnswerInput toInput() {
        return new AnswerInput(questionId, score, option, text);
    }
}
