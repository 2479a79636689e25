package org.estatedesk.keys;

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
 * One loan of a key (R5.1): the borrower and who he is, the purpose, when the key is due back; the manager's
 * decision for a borrower who is not the owner; who handed the key out and the borrower's signature; the return.
 * Created and moved only through its {@link EstateKey}, so that key and loan always agree.
 */
@Entity
@Table(name = "key_loan")
public class KeyLoan extends DecidedEstateForm implements Versioned {
    /** The form type of a non-owner's loan in the approval chains: one step, the CS manager's. */
    public static final String FORM_TYPE = "KEY_LOAN";
    /** The one approval step of a non-owner's loan: a CS manager of the estate's company. */
    public static final StepPlan APPROVAL = new StepPlan("CS_MANAGER", Roles.CS_MANAGER);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_loan_seq")
    @SequenceGenerator(name = "key_loan_seq", sequenceName = "key_loan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "key_id", nullable = false)
    private Long keyId;

    @Column(nullable = false, length = 100)
    private String borrower;

    @Enumerated(EnumType.STRING)
    @Column(name = "borrower_kind", nullable = false, length = 20)
    private BorrowerKind borrowerKind;

    /** The manager's approval is needed: anyone but one of the unit's owners or occupants (R5.1). */
    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoanState state;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "handed_out_by")
    private String handedOutBy;

    @Column(name = "handed_out_at")
    private OffsetDateTime handedOutAt;

    @Column(name = "signed_name", length = 100)
    private String signedName;

    @Column(name = "signature_confirmed", nullable = false)
    private boolean signatureConfirmed;

    @Column(name = "returned_to")
    private String returnedTo;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Column(name = "return_comment", length = 500)
    private String returnComment;

    @Version
    private int version;

    protected KeyLoan() {
    }

    KeyLoan(EstateKey key, String borrower, BorrowerKind kind, boolean approvalRequired, String purpose,
            OffsetDateTime dueAt, String by, OffsetDateTime now) {
        super(new EstateRef(key.getCompanyId(), key.getEstateId()));
        this.borrower = text(borrower, "borrower", 100);
        this.purpose = text(purpose, "purpose", 500);
        if (dueAt == null) {
            throw new RuleViolationException("error.required", "dueAt");
        }
        if (!dueAt.isAfter(now)) {
            throw new RuleViolationException("error.keyLoan.dueInPast", "dueAt");
        }
        this.keyId = key.getId();
        this.borrowerKind = kind;
        this.approvalRequired = approvalRequired;
        this.dueAt = dueAt;
        this.state = LoanState.REQUESTED;
        this.requestedBy = by;
        this.requestedAt = now;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("error.required", field);
        }
        String t = value.trim();
        if (t.length() > max) {
            throw new RuleViolationException("error.tooLong", field, max);
        }
        return t;
    }

    void decided(LoanState.Action action, String by, String comment, OffsetDateTime at) {
        state = state.after(action);
        decided(FormDecision.verbatim(by, at, comment));
    }

    /** Handed out: who gave the key and the borrower's signature, which is required. */
    void handOut(String name, boolean confirmed, String by, OffsetDateTime now) {
        LoanState next = state == LoanState.REQUESTED && !approvalRequired ? LoanState.OUT
                : state.after(LoanState.Action.HAND_OUT);
        if (!confirmed) {
            throw new RuleViolationException("error.keyLoan.signatureRequired", "signatureConfirmed");
        }
        state = next;
        signatureConfirmed = true;
        signedName = name == null || name.isBlank() ? borrower : text(name, "signedName", 100);
        handedOutBy = by;
        handedOutAt = now;
    }

    void cancel(String by, String comment, OffsetDateTime now) {
        state = state.after(LoanState.Action.CANCEL);
        returnedTo = by;
        returnedAt = now;
        returnComment = comment == null || comment.isBlank() ? null : text(comment, "comment", 500);
    }

    void returned(String by, String comment, OffsetDateTime now) {
        state = state.after(LoanState.Action.RETURN);
        returnedTo = by;
        returnedAt = now;
        returnComment = comment == null || comment.isBlank() ? null : text(comment, "comment", 500);
    }

    /** Out past its due time (R5.1's overdue flag). */
    public boolean isOverdue(OffsetDateTime now) {
        return state == LoanState.OUT && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public Long getKeyId() {
        return keyId;
    }

    public String getBorrower() {
        return borrower;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public BorrowerKind getBorrowerKind() {
        return borrowerKind;
    }

    public String getPurpose() {
        return purpose;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public LoanState getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getHandedOutBy() {
        return handedOutBy;
    }

    public OffsetDateTime getHandedOutAt() {
        return handedOutAt;
    }

    public String getSignedName() {
        return signedName;
    }

    public boolean isSignatureConfirmed() {
        return signatureConfirmed;
    }

    public String getReturnedTo() {
        return returnedTo;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
