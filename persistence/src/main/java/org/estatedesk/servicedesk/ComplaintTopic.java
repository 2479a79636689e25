package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A complaint topic (投诉专题, R1.12): a group complaint or hot issue that gathers many tasks under one agreed
 * solution. Open while the solution is worked out; resolving it records the solution on every task it gathers.
 */
@Entity
@Table(name = "complaint_topic")
public class ComplaintTopic implements Versioned {
    public enum State { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_topic_seq")
    @SequenceGenerator(name = "complaint_topic_seq", sequenceName = "complaint_topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id")
    private Long estateId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @Size(max = 2000)
    private String solution;

    @NotNull
    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Version
    private int version;

    protected ComplaintTopic() {
    }

    public ComplaintTopic(long companyId, Long estateId, String title, String description, String by,
            OffsetDateTime now) {
        this.companyId = companyId;
        this.estateId = estateId;
        this.title = title == null ? null : title.trim();
        this.description = description == null ? null : description.trim();
        this.createdBy = by;
        this.createdAt = now;
        this.state = State.OPEN;
    }

    /** A task joins the topic: same company, and the topic still open. */
    public void gather(Task task) {
        if (state != State.OPEN) {
            throw new ConflictException("error.topic.resolved", title);
        }
        if (!task.getCompanyId().equals(companyId) || estateId != null && !estateId.equals(task.getEstateId())) {
            throw new RuleViolationException("error.topic.otherEstate", "taskId", task.getNumber());
        }
        task.joinTopic(id);
    }

    /** The agreed solution; returns the history entry each gathered task gets. */
    public void resolve(String agreedSolution, String by, OffsetDateTime now) {
        if (state != State.OPEN) {
            throw new ConflictException("error.topic.resolved", title);
        }
        if (agreedSolution == null || agreedSolution.isBlank()) {
            throw new RuleViolationException("error.required", "solution");
        }
        solution = agreedSolution.trim();
        state = State.RESOLVED;
        resolvedBy = by;
        resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSolution() {
        return solution;
    }

    public State getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
