package org.estatedesk.surveys;

import java.io.Serializable;
import java.util.List;

/** A survey's scores (R6.3): the survey, its questionnaire, its estate, the overall figures and each question's. */
public record SurveyReport(Survey survey, Questionnaire questionnaire, String estateName, Scores.SurveyScore score,
        List<Scores.QuestionScore> questions) implements Serializable {
    private static final long serialVersionUID = 1L;
}
