package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;
import org.junit.jupiter.api.Test;

/**
 * A billing run's partitions and parameters (R4.2): the unit-id ranges cover every unit exactly once, the last
 * stays open for units added during the run, and the job reads back what the use case wrote.
 */
class BillingParametersTest {
    private static long[][] ranges(String bounds) {
        return Arrays.stream(bounds.split(",")).map(r -> new long[] {Long.parseLong(r.split("-")[0]),
            Long.parseLong(r.split("-")[1])}).toArray(long[][]::new);
    }

    @Test
    void oneRangeIsEverything() {
        assertEquals("0-" + Long.MAX_VALUE, BillingParameters.bounds(100, 200, 1));
    }

    @Test
    void rangesAreContiguousFromZeroToTheTopAndEvenlySized() {
        long[][] r = ranges(BillingParameters.bounds(101, 200, 4));
        assertEquals(4, r.length);
        assertArrayEquals(new long[] {0, 125}, r[0], "the first starts at 0: no unit below lo is lost");
        assertArrayEquals(new long[] {126, 150}, r[1]);
        assertArrayEquals(new long[] {151, 175}, r[2]);
        assertArrayEquals(new long[] {176, Long.MAX_VALUE}, r[3], "the last is open upwards");
        for (int i = 1; i < r.length; i++) {
            assertEquals(r[i - 1][1] + 1, r[i][0], "no gap, no overlap");
        }
    }

    @Test
    void anUnevenSpanRoundsTheRangeSizeUp() {
        long[][] r = ranges(BillingParameters.bounds(1, 10, 3));
        assertArrayEquals(new long[] {0, 4}, r[0]);
        assertArrayEquals(new long[] {5, 8}, r[1]);
        assertArrayEquals(new long[] {9, Long.MAX_VALUE}, r[2]);
    }

    @Test
    void moreRangesThanUnitsStillCoverEveryUnitOnce() {
        long[][] r = ranges(BillingParameters.bounds(5, 6, 4));
        assertEquals(4, r.length);
        assertEquals(0, r[0][0]);
        assertEquals(Long.MAX_VALUE, r[3][1]);
        for (long unit : new long[] {5, 6}) {
            assertEquals(1, Arrays.stream(r).filter(x -> x[0] <= unit && unit <= x[1]).count(), "unit " + unit);
        }
    }

    @Test
    void theJobReadsTheRunAsItWasWritten() {
        Properties p = new Properties();
        p.setProperty(JobParameters.RUN_ID, "17");
        p.setProperty("period", "2026-11");
        p.setProperty("dryRun", "true");
        JobParameters.put(p, "estateIds", "3,4,5");
        JobParameters.put(p, "bounds", BillingParameters.bounds(1, 100, 2));
        BillingParameters read = BillingParameters.of(p);
        assertEquals(17, read.runId());
        assertEquals(YearMonth.of(2026, 11), read.period());
        assertTrue(read.dryRun());
        assertEquals(List.of(3L, 4L, 5L), read.estateIds());
        assertEquals(0, read.failAfterUnits(), "no fault injection unless asked");
        assertEquals(2, read.bounds().size());
        assertArrayEquals(new long[] {51, Long.MAX_VALUE}, read.bounds().get(1));
    }

    @Test
    void withoutBoundsARunIsOneOpenRange() {
        Properties p = new Properties();
        p.setProperty(JobParameters.RUN_ID, "1");
        p.setProperty("period", "2026-01");
        p.setProperty("estateIds", "9");
        p.setProperty("failAfterUnits", "30");
        BillingParameters read = BillingParameters.of(p);
        assertFalse(read.dryRun());
        assertEquals(30, read.failAfterUnits());
        assertEquals(1, read.bounds().size());
        assertArrayEquals(new long[] {0, Long.MAX_VALUE}, read.bounds().get(0));
    }
}
