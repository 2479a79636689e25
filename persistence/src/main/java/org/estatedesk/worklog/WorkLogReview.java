package org.estatedesk.worklog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A supervisor's review of one ISO week of a user's work log (R6.4): who, his comment, when. One per user and week;
 * from then on the entries of that week are closed to their author. A week that has not begun cannot be reviewed.
 */
@Entity
@Table(name = "work_log_review")
public class WorkLogReview implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_log_review_seq")
    @SequenceGenerator(name = "work_log_review_seq", sequenceName = "work_log_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String username;

    @Column(name = "iso_week", nullable = false)
    private String isoWeek;

    @Column(nullable = false)
    private String reviewer;

    @Column(name = "review_comment", nullable = false)
    private String comment;

    @Column(name = "reviewed_at", nullable = false)
    private OffsetDateTime reviewedAt;

    @Version
    private int version;

    protected WorkLogReview() {
    }

    public WorkLogReview(long companyId, long userId, String username, IsoWeek week, String reviewer, String comment,
            LocalDate today, OffsetDateTime at) {
        if (week == null) {
            throw new RuleViolationException("error.required", "week");
        }
        if (week.monday().isAfter(today)) {
            throw new RuleViolationException("error.worklog.weekAhead", "week", week);
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("error.required", "comment");
        }
        if (comment.trim().length() > WorkLog.MAX_TEXT) {
            throw new RuleViolationException("error.survey.tooLong", "comment", WorkLog.MAX_TEXT);
        }
        this.companyId = companyId;
        this.userId = userId;
        this.username = username;
        this.isoWeek = week.toString();
        this.reviewer = reviewer;
        this.comment = comment.trim();
        this.reviewedAt = at;
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

    public String getIsoWeek() {
        return isoWeek;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
