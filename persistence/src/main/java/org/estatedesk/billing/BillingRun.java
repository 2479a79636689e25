package org.estatedesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * What a billing run was asked to do (R4.3): the period, the estates and whether it is a dry run. The run itself
 * (state, progress, restarts) is the {@link org.estatedesk.jobs.JobRun} with the same id.
 */
@Entity
@Table(name = "billing_run")
public class BillingRun {
    @Id
    private Long id;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "estate_ids", nullable = false)
    private String estateIds;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    @Column(name = "bills_cancelled")
    private Long billsCancelled;

    protected BillingRun() {
    }

    public BillingRun(long jobRunId, YearMonth period, boolean dryRun, List<Long> estateIds) {
        this.id = jobRunId;
        this.period = period.toString();
        this.dryRun = dryRun;
        this.estateIds = String.join(",", estateIds.stream().map(String::valueOf).toList());
    }

    public Long getId() {
        return id;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public List<Long> getEstateIds() {
        return Arrays.stream(estateIds.split(",")).map(Long::valueOf).toList();
    }

    /** Records the cancellation of the run whose {@code bills} were deleted. */
    public void cancelled(String by, OffsetDateTime at, long bills) {
        cancelledBy = by;
        cancelledAt = at;
        billsCancelled = bills;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public long getBillsCancelled() {
        return billsCancelled == null ? 0 : billsCancelled;
    }
}
