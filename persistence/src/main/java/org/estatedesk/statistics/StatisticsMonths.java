package org.estatedesk.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import org.estatedesk.shared.RuleViolationException;

/**
 * Which months have statistics (R6.2). A month can be computed from January 2000 up to the current one; a future
 * month is refused. A month is <em>closed</em> once it is over: its snapshot is then final — data recorded later for
 * it (a late callback, a payment) changes nothing until a manager runs the month again. The current month's snapshot
 * is provisional.
 */
public final class StatisticsMonths {
    public static final YearMonth FIRST = YearMonth.of(2000, 1);

    private StatisticsMonths() {
    }

    /** The month itself, or a rule violation (400) naming {@code field} when it cannot have statistics yet. */
    public static YearMonth requirePossible(YearMonth period, LocalDate today, String field) {
        if (period == null) {
            throw new RuleViolationException("error.required", field);
        }
        if (period.isAfter(YearMonth.from(today)) || period.isBefore(FIRST)) {
            throw new RuleViolationException("error.statistics.period", field, period.toString());
        }
        return period;
    }

    public static boolean isClosed(YearMonth period, LocalDate today) {
        return period.isBefore(YearMonth.from(today));
    }

    /** The month a scheduled run computes on {@code today}: the previous one. */
    public static YearMonth previous(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }
}
