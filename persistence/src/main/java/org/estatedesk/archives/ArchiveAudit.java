package org.estatedesk.archives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One archive audit (R5.3): its job run's id, the company and the estates it covers, how many units it has to check
 * and has checked, how many findings it wrote, who started it (a user, or the schedule). The counters grow with each
 * committed chunk of the {@code archive-audit} job, in the chunk's transaction. The run's state and times are the
 * job repository's ({@code job_run}), so that there is one truth about them.
 */
@Entity
@Table(name = "archive_audit")
public class ArchiveAudit implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_ids", nullable = false, length = 4000)
    private String estateIds;

    @Column(name = "units_total", nullable = false)
    private long unitsTotal;

    @Column(name = "units_checked", nullable = false)
    private long unitsChecked;

    @Column(nullable = false)
    private long findings;

    @Column(name = "started_by", nullable = false, length = 40)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(nullable = false)
    private boolean scheduled;

    protected ArchiveAudit() {
    }

    public ArchiveAudit(long runId, long companyId, List<Long> estateIds, long unitsTotal, String startedBy,
            OffsetDateTime startedAt, boolean scheduled) {
        this.id = runId;
        this.companyId = companyId;
        this.estateIds = String.join(",", estateIds.stream().map(String::valueOf).toList());
        this.unitsTotal = unitsTotal;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.scheduled = scheduled;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public List<Long> getEstateIds() {
        return estateIds.isBlank() ? List.of() : Arrays.stream(estateIds.split(",")).map(Long::valueOf).toList();
    }

    public long getUnitsTotal() {
        return unitsTotal;
    }

    public long getUnitsChecked() {
        return unitsChecked;
    }

    public long getFindings() {
        return findings;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public boolean isScheduled() {
        return scheduled;
    }
}
