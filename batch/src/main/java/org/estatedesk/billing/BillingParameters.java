package org.estatedesk.billing;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** A billing run's job parameters, as {@link BillingRuns} wrote them. */
record BillingParameters(long runId, YearMonth period, boolean dryRun, List<Long> estateIds, long failAfterUnits) {
    static BillingParameters of(Properties p) {
        return new BillingParameters(Long.parseLong(p.getProperty("runId")), YearMonth.parse(p.getProperty("period")),
                Boolean.parseBoolean(p.getProperty("dryRun")),
                Arrays.stream(p.getProperty("estateIds").split(",")).map(Long::valueOf).toList(),
                Long.parseLong(p.getProperty("failAfterUnits", "0")));
    }
}
