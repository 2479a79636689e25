package org.estatedesk.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Which months can have statistics, and when a month is closed (R6.2). */
class StatisticsMonthsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void pastAndCurrentMonthsArePossibleFutureOnesAreNot() {
        assertEquals(YearMonth.of(2026, 11), StatisticsMonths.requirePossible(YearMonth.of(2026, 11), TODAY, "p"));
        assertEquals(YearMonth.of(2026, 12), StatisticsMonths.requirePossible(YearMonth.of(2026, 12), TODAY, "p"));
        assertThrows(RuleViolationException.class,
                () -> StatisticsMonths.requirePossible(YearMonth.of(2027, 1), TODAY, "p"));
        assertThrows(RuleViolationException.class,
                () -> StatisticsMonths.requirePossible(YearMonth.of(1999, 12), TODAY, "p"));
        assertThrows(RuleViolationException.class, () -> StatisticsMonths.requirePossible(null, TODAY, "p"));
    }

    @Test
    void aMonthIsClosedOnceItIsOver() {
        assertTrue(StatisticsMonths.isClosed(YearMonth.of(2026, 11), TODAY));
        assertFalse(StatisticsMonths.isClosed(YearMonth.of(2026, 12), TODAY));
        assertEquals(YearMonth.of(2026, 11), StatisticsMonths.previous(TODAY));
        assertEquals(YearMonth.of(2025, 12), StatisticsMonths.previous(LocalDate.of(2026, 1, 1)));
    }
}
