package org.estatedesk.surveys;

/** What a question asks for: a score from 1 to 5, one of its options, or free text. */
public enum QuestionKind {
    SCORE, SINGLE_CHOICE, TEXT;

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
}
