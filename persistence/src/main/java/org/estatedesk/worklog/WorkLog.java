package org.estatedesk.worklog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A staff member's log of one day (R6.4): work done, pending items, hours (optional, up to 24 in tenths). One per
 * user and day; written for today or an earlier day, never ahead; changed only by its author and only until a
 * supervisor has reviewed its week.
 */
@Entity
@Table(name = "work_log")
public class WorkLog implements Versioned {
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_log_seq")
    @SequenceGenerator(name = "work_log_seq", sequenceName = "work_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String username;

    @Column(name = "log_date", nullable = false)
    private LocalDate date;

    @Column(name = "iso_week", nullable = false)
    private String isoWeek;

    @Column(name = "work_done", nullable = false)
    private String workDone;

    private String pending;

    private BigDecimal hours;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected WorkLog() {
    }

    /** A new day's log; refused for a day after {@code today} or a week already reviewed. */
    public WorkLog(long companyId, long userId, String username, LocalDate date, String workDone, String pending,
            BigDecimal hours, boolean weekReviewed, LocalDate today, OffsetDateTime at) {
        if (date == null) {
            throw new RuleViolationException("error.required", "date");
        }
        if (date.isAfter(today)) {
            throw new RuleViolationException("error.worklog.future", "date", date);
        }
        this.companyId = companyId;
        this.userId = userId;
        this.username = username;
        this.date = date;
        this.isoWeek = IsoWeek.of(date).toString();
        this.createdAt = at;
        write(workDone, pending, hours, weekReviewed, at);
    }

    /** The author changes his entry: only while its week has not been reviewed. */
    public void revise(String newWorkDone, String newPending, BigDecimal newHours, boolean weekReviewed,
            OffsetDateTime at) {
        write(newWorkDone, newPending, newHours, weekReviewed, at);
    }

    private void write(String newWorkDone, String newPending, BigDecimal newHours, boolean weekReviewed,
            OffsetDateTime at) {
        if (weekReviewed) {
            throw new ConflictException("error.worklog.reviewed", date, isoWeek);
        }
        if (newWorkDone == null || newWorkDone.isBlank()) {
            throw new RuleViolationException("error.required", "workDone");
        }
        if (newWorkDone.trim().length() > MAX_TEXT) {
            throw new RuleViolationException("error.survey.tooLong", "workDone", MAX_TEXT);
        }
        if (newPending != null && newPending.trim().length() > MAX_TEXT) {
            throw new RuleViolationException("error.survey.tooLong", "pending", MAX_TEXT);
        }
        if (newHours != null && (newHours.signum() < 0 || newHours.compareTo(BigDecimal.valueOf(24)) > 0
                || newHours.stripTrailingZeros().scale() > 1)) {
            throw new RuleViolationException("error.worklog.hours", "hours");
        }
        this.workDone = newWorkDone.trim();
        this.pending = newPending == null || newPending.isBlank() ? null : newPending.trim();
        this.hours = newHours == null ? null : newHours.setScale(1, RoundingMode.UNNECESSARY);
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public LocalDate getDate() {
        return date;
    }

    public IsoWeek getWeek() {
        return IsoWeek.parse(isoWeek, "week");
    }

    public String getIsoWeek() {
        return isoWeek;
    }

    public String getWorkDone() {
        return workDone;
    }

    public String getPending() {
        return pending;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
