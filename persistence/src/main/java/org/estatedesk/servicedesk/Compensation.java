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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DecidedEstateForm;
import org.estatedesk.shared.EstateRef;
import org.estatedesk.shared.FormDecision;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A compensation agreed with an owner (赔付登记, R1.13): to whom, how much (yuan, two decimals), why, who bears it,
 * and the manager's decision. Requested by CS staff, approved or rejected once by a CS manager; a paid one is
 * recorded as such. The amount never changes after the request; a different amount is a new request.
 */
@Entity
@Table(name = "compensation")
public class Compensation extends DecidedEstateForm implements Versioned {
    public enum State { REQUESTED, APPROVED, REJECTED, PAID }

    public enum Decision { APPROVE, REJECT }

    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compensation_seq")
    @SequenceGenerator(name = "compensation_seq", sequenceName = "compensation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "task_id")
    private Long taskId;

    @NotBlank
    @Size(max = 100)
    private String payee;

    @NotNull
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "borne_by", nullable = false)
    private Bearer borneBy;

    @Size(max = 200)
    private String contractor;

    @NotBlank
    @Size(max = 1000)
    private String reason;

    @NotNull
    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Version
    private int version;

    protected Compensation() {
    }

    public Compensation(Task task, long companyId, long estateId, String payee, BigDecimal amount, Bearer borneBy,
            String contractor, String reason, String requestedBy, OffsetDateTime now) {
        super(new EstateRef(companyId, estateId));
        this.taskId = task == null ? null : task.getId();
        this.payee = payee == null ? null : payee.trim();
        this.amount = money(amount);
        this.borneBy = borneBy;
        if (borneBy == Bearer.CONTRACTOR && (contractor == null || contractor.isBlank())) {
            throw new RuleViolationException("error.compensation.contractorRequired", "contractor");
        }
        this.contractor = contractor == null || contractor.isBlank() ? null : contractor.trim();
        this.reason = reason == null ? null : reason.trim();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.state = State.REQUESTED;
    }

    /** An amount in yuan: positive, at most two decimals, never rounded silently. */
    static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolationException("error.required", "amount");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX) > 0) {
            throw new RuleViolationException("error.money", "amount", amount.toPlainString());
        }
        return amount.setScale(2);
    }

    /** The manager's decision: once; a second decision is a conflict, whoever tries it. */
    public void decide(Decision decision, String by, String comment, OffsetDateTime now) {
        if (state != State.REQUESTED) {
            throw new ConflictException("error.compensation.decided", state);
        }
        if (decision == null) {
            throw new RuleViolationException("error.required", "decision");
        }
        if (decision == Decision.REJECT && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("error.task.reasonRequired", "comment");
        }
        decided(FormDecision.decideOther(requestedBy, by, now, comment, "error.compensation.ownRequest"));
        state = decision == Decision.APPROVE ? State.APPROVED : State.REJECTED;
    }

    /** The approved amount was paid to the owner. */
    public void paid() {
        if (state != State.APPROVED) {
            throw new ConflictException("error.compensation.notApproved", state);
        }
        state = State.PAID;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getPayee() {
        return payee;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Bearer getBorneBy() {
        return borneBy;
    }

    public String getContractor() {
        return contractor;
    }

    public String getReason() {
        return reason;
    }

    public State getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
