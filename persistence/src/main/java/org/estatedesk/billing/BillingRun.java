package org.estatedesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
}
