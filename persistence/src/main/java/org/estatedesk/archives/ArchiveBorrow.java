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
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.shared.DecidedEstateForm;
import org.estatedesk.shared.EstateRef;
import org.estatedesk.shared.FormDecision;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A request to borrow or read an archive file (R5.2): who, why, until when. It waits for the estate manager's
 * approval (form type {@code ARCHIVE_BORROW}, one CS manager step) unless it is an HQ inspection, which is granted at
 * once; once OUT it grants its borrower the file's scanned copies until the due time, and the archive keeper takes
 * it back ({@link BorrowState}).
 */
@Entity
@Table(name = "archive_borrow")
public class ArchiveBorrow extends DecidedEstateForm implements Versioned {
    public static final String FORM_TYPE = "ARCHIVE_BORROW";
    /** The estate manager's approval: the CS manager of the estate's company. */
    public static final StepPlan APPROVAL = new StepPlan("CS_MANAGER", Roles.CS_MANAGER);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_borrow_seq")
    @SequenceGenerator(name = "archive_borrow_seq", sequenceName = "archive_borrow_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BorrowKind kind;

    @Column(nullable = false, length = 40)
    private String borrower;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "hq_inspection", nullable = false)
    private boolean hqInspection;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BorrowState state;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "returned_to")
    private String returnedTo;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Version
    private int version;

    protected ArchiveBorrow() {
    }

    /** A request by {@code borrower}; an HQ inspection (the caller checked the borrower's right to it) is OUT at once. */
    public ArchiveBorrow(ArchiveFile file, BorrowKind kind, String borrower, String purpose, OffsetDateTime dueAt,
            boolean hqInspection, OffsetDateTime now) {
        super(new EstateRef(file.getCompanyId(), file.getEstateId()));
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new RuleViolationException("error.required", "purpose");
        }
        if (purpose.trim().length() > 500) {
            throw new RuleViolationException("error.tooLong", "purpose", 500);
        }
        if (dueAt == null) {
            throw new RuleViolationException("error.required", "dueAt");
        }
        if (!dueAt.isAfter(now)) {
            throw new RuleViolationException("error.archiveBorrow.dueInPast", "dueAt");
        }
        this.fileId = file.getId();
        this.kind = kind;
        this.borrower = borrower;
        this.purpose = purpose.trim();
        this.dueAt = dueAt;
        this.hqInspection = hqInspection;
        this.requestedAt = now;
        this.state = hqInspection ? BorrowState.OUT : BorrowState.REQUESTED;
        if (hqInspection) {
            decided(FormDecision.verbatim(borrower, now, "HQ"));
        }
    }

    public void approve(String by, String comment, OffsetDateTime at) {
        state = state.after(BorrowState.Action.APPROVE);
        decided(FormDecision.verbatim(by, at, comment));
    }

    public void reject(String by, String comment, OffsetDateTime at) {
        state = state.after(BorrowState.Action.REJECT);
        decided(FormDecision.verbatim(by, at, comment));
    }

    /** The file came back to the archive keeper (or the reading ended). */
    public void returned(String by, OffsetDateTime now) {
        state = state.after(BorrowState.Action.RETURN);
        returnedTo = by;
        returnedAt = now;
    }

    /** Whether this request lets {@code user} read the file's copies now: his own, granted, not past its due time. */
    public boolean grants(String user, OffsetDateTime now) {
        return state == BorrowState.OUT && borrower.equals(user) && !now.isAfter(dueAt);
    }

    /** Out past its due time (R5.3's "overdue borrowed files"). */
    public boolean isOverdue(OffsetDateTime now) {
        return state == BorrowState.OUT && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public BorrowKind getKind() {
        return kind;
    }

    public String getBorrower() {
        return borrower;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isHqInspection() {
        return hqInspection;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public BorrowState getState() {
        return state;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getReturnedTo() {
        return returnedTo;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
