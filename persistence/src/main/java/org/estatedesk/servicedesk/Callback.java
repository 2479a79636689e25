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
import java.time.OffsetDateTime;

/** A callback (回访, R1.7): the owner's verdict on a completed task, who called and when, and whether it was late. */
@Entity
@Table(name = "callback")
public class Callback {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "callback_seq")
    @SequenceGenerator(name = "callback_seq", sequenceName = "callback_seq", allocationSize = 50)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallbackResult result;

    private String comment;

    @Column(name = "called_by", nullable = false)
    private String calledBy;

    @Column(name = "called_at", nullable = false)
    private OffsetDateTime calledAt;

    /** Later than the latest callback time of R1.7 (completion + the company's callback.latest.days). */
    @Column(nullable = false)
    private boolean late;

    protected Callback() {
    }

    Callback(Task task, CallbackResult result, String comment, String calledBy, OffsetDateTime calledAt,
            boolean late) {
        this.taskId = task.getId();
        this.companyId = task.getCompanyId();
        this.estateId = task.getEstateId();
        this.result = result;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.calledBy = calledBy;
        this.calledAt = calledAt;
        this.late = late;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public CallbackResult getResult() {
        return result;
    }

    public String getComment() {
        return comment;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public OffsetDateTime getCalledAt() {
        return calledAt;
    }

    public boolean isLate() {
        return late;
    }
}
