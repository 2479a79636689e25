package org.estatedesk.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a month's requests by a dimension (task kind, issue category or SLA tier): tasks created in the month,
 * tasks completed in the month, and how many of those were completed by their due time.
 */
public record Breakdown(Dimension dimension, String code, long requests, long completed, long completedOnTime)
        implements Serializable {
    public enum Dimension {
        KIND, CATEGORY, TIER
    }

    /** Share of the tasks completed in the month that were completed by their due time (R1.5). */
    public BigDecimal onTimeRate() {
        return Rates.percent(completedOnTime, completed);
    }

    Breakdown plus(long moreRequests, long moreCompleted, long moreOnTime) {
        return new Breakdown(dimension, code, requests + moreRequests, completed + moreCompleted,
                completedOnTime + moreOnTime);
    }
}
