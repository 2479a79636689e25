package org.estatedesk.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One run of a batch job. Its id is what users and the API see; a restart keeps the run and moves
 * {@link #getExecutionId()} to the new job execution.
 */
@Entity
@Table(name = "job_run")
public class JobRun {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_name", nullable = false, length = 60)
    private String jobName;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id")
    private Long estateId;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "items_total", nullable = false)
    private long itemsTotal;

    @Column(length = 500)
    private String description;

    @Column(name = "submitted_by", nullable = false, length = 40)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Version
    private int version;

    protected JobRun() {
    }

    public JobRun(String jobName, long companyId, Long estateId, long itemsTotal, String description,
            String submittedBy, OffsetDateTime submittedAt) {
        this.jobName = jobName;
        this.companyId = companyId;
        this.estateId = estateId;
        this.itemsTotal = itemsTotal;
        this.description = description;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** The job execution now carrying the run: the first one, or the latest restart. */
    public void executing(long executionId) {
        this.executionId = executionId;
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public long getExecutionId() {
        return executionId;
    }

    public long getItemsTotal() {
        return itemsTotal;
    }

    public String getDescription() {
        return description;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public int getVersion() {
        return version;
    }
}
