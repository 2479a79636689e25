package org.estatedesk.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures derived from a snapshot's counts (R6.2): rates, per-mille figures, KPI breaches. */
class MonthlyFiguresTest {
    private static MonthlyFigures figures(long units, long completed, long onTime, long handlingSeconds,
            long calledBack, long complaints, Long violations, Long decorating, String billed, String collected) {
        return new MonthlyFigures(1, 2, YearMonth.of(2026, 11), units, 5, 9, completed, onTime,
                BigDecimal.valueOf(handlingSeconds), calledBack, 2, 1, 1, 1, 1, complaints, violations, decorating,
                new BigDecimal(billed), new BigDecimal(collected), BigDecimal.ZERO,
                List.of(new Breakdown(Breakdown.Dimension.TIER, "GENERAL", 4, 3, 2),
                        new Breakdown(Breakdown.Dimension.TIER, "COMPLEX", 1, 0, 0),
                        new Breakdown(Breakdown.Dimension.KIND, "REPAIR", 5, 3, 2)));
    }

    @Test
    void ratesArePercentagesWithOneDecimalAndNullWithoutABase() {
        MonthlyFigures f = figures(1376, 3, 2, 3 * 5400, 2, 7, null, null, "1000.00", "333.33");
        assertEquals(new BigDecimal("66.7"), f.onTimeRate());
        assertEquals(new BigDecimal("90.0"), f.averageHandlingMinutes(), "5,400 s each = 90 minutes");
        assertEquals(new BigDecimal("66.7"), f.callbackRate());
        assertEquals(4, f.callbacks());
        assertEquals(new BigDecimal("50.0"), f.satisfactionRate());
        assertEquals(2, f.escalations());
        assertEquals(new BigDecimal("33.3"), f.collectionRate());
        assertEquals(new BigDecimal("66.7"), f.onTimeRate("GENERAL"));
        assertNull(f.onTimeRate("COMPLEX"), "nothing of the tier completed: no rate");
        assertNull(f.onTimeRate("SPECIAL"));
        assertEquals(List.of("COMPLEX", "GENERAL"), f.breakdown(Breakdown.Dimension.TIER).stream()
                .map(Breakdown::code).toList());

        MonthlyFigures empty = figures(0, 0, 0, 0, 0, 0, null, null, "0.00", "0.00");
        assertNull(empty.onTimeRate());
        assertNull(empty.averageHandlingMinutes());
        assertNull(empty.callbackRate());
        assertNull(empty.complaintPermille());
        assertNull(empty.collectionRate());
    }

    @Test
    void complaintsAndViolationsArePerMilleAndBreachTheirThresholds() {
        MonthlyFigures f = figures(1376, 3, 2, 0, 2, 7, 1L, 250L, "1.00", "1.00");
        assertEquals(new BigDecimal("5.09"), f.complaintPermille(), "7 / 1,376 units");
        assertTrue(MonthlyFigures.breaches(f.complaintPermille(), new BigDecimal("5")));
        assertEquals(new BigDecimal("4.00"), f.violationPermille(), "1 / 250 units under decoration");
        assertTrue(MonthlyFigures.breaches(f.violationPermille(), new BigDecimal("3")));

        MonthlyFigures fine = figures(1376, 3, 2, 0, 2, 6, null, null, "1.00", "1.00");
        assertEquals(new BigDecimal("4.36"), fine.complaintPermille());
        assertFalse(MonthlyFigures.breaches(fine.complaintPermille(), new BigDecimal("5")));
        assertNull(fine.violationPermille(), "violations not recorded yet");
        assertFalse(MonthlyFigures.breaches(fine.violationPermille(), new BigDecimal("3")));
        assertFalse(MonthlyFigures.breaches(new BigDecimal("5.00"), new BigDecimal("5")), "equal is within the goal");
    }
}
