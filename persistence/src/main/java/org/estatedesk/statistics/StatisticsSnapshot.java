package org.estatedesk.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The stored statistics of one estate and month (R6.2). Written only by the monthly-statistics job; a re-run of the
 * month replaces it with the next revision. A month is <em>closed</em> once it is over and its snapshot exists: its
 * figures are read from the snapshot alone, so data recorded later for that month changes nothing until a manager
 * runs the month again.
 */
@Entity
@Table(name = "statistics_snapshot")
public class StatisticsSnapshot {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statistics_snapshot_seq")
    @SequenceGenerator(name = "statistics_snapshot_seq", sequenceName = "statistics_snapshot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "estate_id", nullable = false)
    private long estateId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private int revision;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "computed_at", nullable = false)
    private OffsetDateTime computedAt;

    @Column(nullable = false)
    private long units;
    @Column(nullable = false)
    private long receptions;
    @Column(nullable = false)
    private long requests;
    @Column(nullable = false)
    private long completed;
    @Column(name = "completed_on_time", nullable = false)
    private long completedOnTime;
    @Column(name = "handling_seconds", nullable = false, precision = 20, scale = 0)
    private BigDecimal handlingSeconds;
    @Column(name = "called_back", nullable = false)
    private long calledBack;
    @Column(name = "callbacks_satisfied", nullable = false)
    private long callbacksSatisfied;
    @Column(name = "callbacks_fair", nullable = false)
    private long callbacksFair;
    @Column(name = "callbacks_dissatisfied", nullable = false)
    private long callbacksDissatisfied;
    @Column(name = "escalated_developer", nullable = false)
    private long escalatedDeveloper;
    @Column(name = "escalated_hq", nullable = false)
    private long escalatedHq;
    @Column(nullable = false)
    private long complaints;
    @Column
    private Long violations;
    @Column(name = "units_decorating")
    private Long unitsDecorating;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal billed;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal collected;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal arrears;

    protected StatisticsSnapshot() {
    }

    public StatisticsSnapshot(MonthlyFigures f, int revision, Long runId, OffsetDateTime computedAt) {
        this.companyId = f.companyId();
        this.estateId = f.estateId();
        this.period = f.period().toString();
        this.revision = revision;
        this.runId = runId;
        this.computedAt = computedAt;
        this.units = f.units();
        this.receptions = f.receptions();
        this.requests = f.requests();
        this.completed = f.completed();
        this.completedOnTime = f.completedOnTime();
        this.handlingSeconds = f.handlingSeconds();
        this.calledBack = f.calledBack();
        this.callbacksSatisfied = f.callbacksSatisfied();
        this.callbacksFair = f.callbacksFair();
        this.callbacksDissatisfied = f.callbacksDissatisfied();
        this.escalatedDeveloper = f.escalatedDeveloper();
        this.escalatedHq = f.escalatedHq();
        this.complaints = f.complaints();
        this.violations = f.violations();
        this.unitsDecorating = f.unitsDecorating();
        this.billed = f.billed();
        this.collected = f.collected();
        this.arrears = f.arrears();
    }

    /** The stored figures with the given breakdown lines. */
    public MonthlyFigures figures(List<Breakdown> breakdown) {
        return new MonthlyFigures(companyId, estateId, YearMonth.parse(period), units, receptions, requests, completed,
                completedOnTime, handlingSeconds, calledBack, callbacksSatisfied, callbacksFair, callbacksDissatisfied,
                escalatedDeveloper, escalatedHq, complaints, violations, unitsDecorating, billed, collected, arrears,
                breakdown);
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getEstateId() {
        return estateId;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public int getRevision() {
        return revision;
    }

    public Long getRunId() {
        return runId;
    }

    public OffsetDateTime getComputedAt() {
        return computedAt;
    }
}
