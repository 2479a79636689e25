package org.estatedesk.surveys;

/**
 * One answer as a client sends it: the question, and a score (SCORE), an option's label (SINGLE_CHOICE) or a text
 * (TEXT).
 */
public record AnswerInput(Long questionId, Integer score, String option, String text) {
}
