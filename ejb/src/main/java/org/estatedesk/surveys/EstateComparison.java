package org.estatedesk.surveys;

import java.io.Serializable;

/** One row of the per-estate comparison of a questionnaire's surveys. */
public record EstateComparison(String estateCode, String estateName, Scores.SurveyScore score)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
