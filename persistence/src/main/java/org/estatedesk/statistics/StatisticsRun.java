package org.estatedesk.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.YearMonth;

/** What a monthly-statistics run was asked for: its company and month (the run itself is its job_run row). */
@Entity
@Table(name = "statistics_run")
public class StatisticsRun {
    @Id
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 7)
    private String period;

    protected StatisticsRun() {
    }

    public StatisticsRun(long jobRunId, long companyId, YearMonth period) {
        this.id = jobRunId;
        this.companyId = companyId;
        this.period = period.toString();
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }
}
