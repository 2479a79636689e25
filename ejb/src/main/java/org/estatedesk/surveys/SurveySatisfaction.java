package org.estatedesk.surveys;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The survey figures of an estate and month (for statistics, R6.2/R6.3): invitations answered in the month (China
 * time), their SCORE answers, the average score and the satisfaction on 0–100.
 */
public record SurveySatisfaction(long estateId, YearMonth period, long answered, long scoreAnswers,
        BigDecimal averageScore, BigDecimal satisfaction) implements Serializable {
    private static final long serialVersionUID = 1L;
}
