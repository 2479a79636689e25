package org.estatedesk.archives;

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
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * One finding of an archive audit (R5.3): where (estate, unit), what (kind, subject, detail), assigned to the
 * estate's archive keeper; OPEN until it is fixed and CLOSED with a comment. Unique per audit, estate, unit, kind and
 * subject, so that a restarted audit can never write it twice.
 */
@Entity
@Table(name = "archive_audit_finding")
public class ArchiveAuditFinding implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_audit_finding_seq")
    @SequenceGenerator(name = "archive_audit_finding_seq", sequenceName = "archive_audit_finding_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "audit_id", nullable = false)
    private Long auditId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_code", length = 60)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditFindingKind kind;

    @Column(nullable = false, length = 60)
    private String subject;

    @Column(name = "file_id")
    private Long fileId;

    @Column(length = 500)
    private String detail;

    @Column(length = 60)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingState state;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "close_comment", length = 1000)
    private String closeComment;

    @Version
    private int version;

    protected ArchiveAuditFinding() {
    }

    public ArchiveAuditFinding(long auditId, long companyId, ArchiveAuditRule.Draft draft, String assignee,
            OffsetDateTime now) {
        this.auditId = auditId;
        this.companyId = companyId;
        this.estateId = draft.estateId();
        this.unitId = draft.unitId();
        this.unitCode = draft.unitCode();
        this.kind = draft.kind();
        this.subject = draft.subject();
        this.fileId = draft.fileId();
        this.detail = draft.detail() == null || draft.detail().length() <= 500 ? draft.detail()
                : draft.detail().substring(0, 499) + "…";
        this.assignee = assignee;
        this.state = FindingState.OPEN;
        this.createdAt = now;
    }

    /** Closes the finding once what it names is fixed; the comment says how (required). */
    public void close(String by, String comment, OffsetDateTime now) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("error.auditFinding.commentRequired", "comment");
        }
        if (comment.trim().length() > 1000) {
            throw new RuleViolationException("error.auditFinding.commentTooLong", "comment");
        }
        state = state.after(FindingState.Action.CLOSE);
        closedBy = by;
        closedAt = now;
        closeComment = comment.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getAuditId() {
        return auditId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public AuditFindingKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getDetail() {
        return detail;
    }

    public String getAssignee() {
        return assignee;
    }

    public FindingState getState() {
        return state;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getCloseComment() {
        return closeComment;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
