package org.estatedesk.notification;

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
import java.time.OffsetDateTime;

/**
 * One message of the outbox: to whom, about what, and how its delivery went. Written with the change it reports;
 * delivered after the commit, retried up to {@link #MAX_ATTEMPTS} times.
 */
@Entity
@Table(name = "notification")
public class Notification {
    public static final int MAX_ATTEMPTS = 5;

    public enum State { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "recipient_user")
    private String recipientUser;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private int version;

    protected Notification() {
    }

    public Notification(Long companyId, String kind, String targetType, long targetId, String recipientUser,
            String recipient, String subject, String body, OffsetDateTime now) {
        this.companyId = companyId;
        this.kind = kind;
        this.targetType = targetType;
        this.targetId = targetId;
        this.recipientUser = recipientUser;
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.state = State.PENDING;
        this.createdAt = now;
    }

    public void delivered(OffsetDateTime now) {
        state = State.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt; after the last one the message stays FAILED for an administrator to see. */
    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        state = attempts >= MAX_ATTEMPTS ? State.FAILED : State.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getKind() {
        return kind;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getRecipientUser() {
        return recipientUser;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getVersion() {
        return version;
    }
}
