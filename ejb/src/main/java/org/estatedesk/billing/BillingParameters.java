package org.estatedesk.billing;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;

/**
 * A billing run's job parameters, as {@link BillingRuns} wrote them and the billing job's artifacts (batch module)
 * read them; {@code bounds} are the unit-id ranges of its partitions ("lo-hi" separated by commas; one open range
 * without partitions). Here, beside the use case, so that writer and readers of the parameters share one definition.
 */
public record BillingParameters(long runId, YearMonth period, boolean dryRun, List<Long> estateIds, long failAfterUnits,
        List<long[]> bounds) {
    public static BillingParameters of(Properties p) {
        List<long[]> bounds = Arrays.stream(JobParameters.get(p, "bounds", "0-" + Long.MAX_VALUE).split(","))
                .map(r -> new long[] {Long.parseLong(r.split("-")[0]), Long.parseLong(r.split("-")[1])}).toList();
        return new BillingParameters(Long.parseLong(p.getProperty(JobParameters.RUN_ID)), YearMonth.parse(p.getProperty("period")),
                Boolean.parseBoolean(p.getProperty("dryRun")),
                Arrays.stream(JobParameters.get(p, "estateIds", "").split(",")).map(Long::valueOf).toList(),
                Long.parseLong(p.getProperty("failAfterUnits", "0")), bounds);
    }

    /** Splits [lo, hi] into n ranges; the last one stays open upwards (units added during the run). */
    static String bounds(long lo, long hi, int n) {
        StringBuilder sb = new StringBuilder();
        long size = Math.max(1, (hi - lo + 1 + n - 1) / n);
        for (int i = 0; i < n; i++) {
            long from = i == 0 ? 0 : lo + i * size;
            long to = i == n - 1 ? Long.MAX_VALUE : lo + (i + 1) * size - 1;
            sb.append(i == 0 ? "" : ",").append(from).append('-').append(to);
        }
        return sb.toString();
    }
}
