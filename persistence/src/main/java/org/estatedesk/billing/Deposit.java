package org.estatedesk.billing;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A refundable deposit (押金, R4.1, R3.5) a form asks of a unit: not a bill — never income, arrears or late fees —
 * but money held. DUE until paid at the desk, HELD until it is settled: the fines and damages chosen are paid from
 * it and the rest is paid back (REFUNDED); a deposit never paid may be CANCELLED. One per company and source key
 * (the form that asked for it).
 */
@Entity
@Table(name = "deposit")
public class Deposit implements Versioned {
    /** What the deposit secures. */
    public enum Kind {
        /** 装修押金 (R3.1, refunded after acceptance R3.5). */
        DECORATION,
        /** 出入证押金 (R3.6, refunded when the pass is returned). */
        WORKER_PASS,
        /** 合同押金 (R4.1: rent, parking and multi-business contracts; settled when the contract ends). */
        CONTRACT,
        /** Any other refundable deposit taken by hand. */
        OTHER
    }

    public enum State {
        DUE, HELD, REFUNDED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_seq")
    @SequenceGenerator(name = "deposit_seq", sequenceName = "deposit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "source_key", nullable = false)
    private String sourceKey;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.DUE;

    @Column(nullable = false)
    private BigDecimal deducted = Money.ZERO;

    @Column(nullable = false)
    private BigDecimal refunded = Money.ZERO;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "settled_by")
    private String settledBy;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Version
    private int version;

    protected Deposit() {
    }

    /** A deposit due: a positive amount with at most two decimals, for what {@code sourceKey} names. */
    public Deposit(long companyId, long estateId, long unitId, Kind kind, String sourceKey, String description,
            BigDecimal amount, String by, OffsetDateTime at) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        if (description == null || description.isBlank()) {
            throw new RuleViolationException("error.required", "description");
        }
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.kind = kind;
        this.sourceKey = sourceKey;
        this.description = description.trim();
        this.amount = Money.positive(amount, "amount");
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Paid at the desk: DUE → HELD. */
    public void receive() {
        if (state != State.DUE) {
            throw new ConflictException("error.deposit.notDue", state.name());
        }
        state = State.HELD;
    }

    /** The payment that took it was reversed: HELD → DUE. */
    public void giveBackReceipt() {
        if (state != State.HELD) {
            throw new ConflictException("error.deposit.notHeld", state.name());
        }
        state = State.DUE;
    }

    /**
     * Settles a held deposit: {@code deduction} (fines and damages paid from it, at most the amount) is kept, the
     * rest is paid back. Returns the amount to pay back.
     */
    public BigDecimal settle(BigDecimal deduction, String by, OffsetDateTime at) {
        if (state != State.HELD) {
            throw new ConflictException("error.deposit.notHeld", state.name());
        }
        if (deduction.signum() < 0 || deduction.compareTo(amount) > 0) {
            throw new RuleViolationException("error.deposit.deduction", "deductBillIds", amount.toPlainString());
        }
        deducted = Money.round(deduction);
        refunded = amount.subtract(deducted);
        state = State.REFUNDED;
        settledBy = by;
        settledAt = at;
        return refunded;
    }

    /** A new amount for a deposit not paid yet (what secures it changed, e.g. the contract's terms). */
    public void changeAmount(BigDecimal newAmount) {
        if (state != State.DUE) {
            throw new ConflictException("error.deposit.notDue", state.name());
        }
        amount = Money.positive(newAmount, "deposit");
    }

    /** No longer needed before it was paid: DUE → CANCELLED. */
    public void cancel(String by, OffsetDateTime at) {
        if (state != State.DUE) {
            throw new ConflictException("error.deposit.notDue", state.name());
        }
        state = State.CANCELLED;
        settledBy = by;
        settledAt = at;
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

    public Long getUnitId() {
        return unitId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public State getState() {
        return state;
    }

    public BigDecimal getDeducted() {
        return deducted;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public OffsetDateTime getSettledAt() {
        return settledAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
