package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Callback figures of one estate for a period (R1.7): tasks completed, how many of them were called back, and the
 * owners' verdicts on the callbacks made in the period. Rates are percentages with one decimal, null without data.
 */
public record CallbackFigures(long estateId, long completed, long calledBack, long satisfied, long fair,
        long dissatisfied, long late) {
    public long callbacks() {
        return satisfied + fair + dissatisfied;
    }

    /** Share of the completed tasks that got their callback (R1.7 asks for 100 %). */
    public BigDecimal callbackRate() {
        return percent(calledBack, completed);
    }

    /** Share of callbacks whose verdict was "satisfied". */
    public BigDecimal satisfactionRate() {
        return percent(satisfied, callbacks());
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
