package org.estatedesk.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.jobs.JobRunView;

/**
 * A billing run as finance sees it (R4.3): the job's state and progress, the request (period, dry run, estates)
 * and its figures so far — units done, bills written and their amount, per estate and in total.
 */
public record BillingRunView(JobRunView job, YearMonth period, boolean dryRun, List<Long> estateIds,
        List<RunTotals.Estate> estates, long unitsBilled, long bills, BigDecimal amountTotal,
        OffsetDateTime cancelledAt, String cancelledBy, long billsCancelled) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether the run was cancelled (its bills deleted); its totals remain as history. */
    public boolean cancelled() {
        return cancelledAt != null;
    }

    public long id() {
        return job.id();
    }

    /** The state in the API's words ({@link JobRunView#apiState}). */
    public String state() {
        return job.apiState();
    }

    public long unitsTotal() {
        return job.itemsTotal();
    }

    /** Percent of the units done, 0–100. */
    public int percent() {
        return unitsTotal() == 0 ? 100 : (int) Math.min(100, unitsBilled * 100 / unitsTotal());
    }

    /** One estate's and item's amount in this run beside the same item's billed amount of the month before. */
    public record Comparison(long estateId, String itemCode, String itemName, long lines, BigDecimal amount,
            BigDecimal previous) implements Serializable {
        private static final long serialVersionUID = 1L;

        public BigDecimal difference() {
            return amount.subtract(previous);
        }
    }
}
