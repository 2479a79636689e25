package org.estatedesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.Versioned;

/**
 * A unit's prepaid balance (预存款, R4.8): deposits raise it, deductions pay bills from it, never below zero. Falling
 * below the company's warning threshold warns the owner once, until a deposit lifts the balance again.
 */
@Entity
@Table(name = "prepaid_account")
public class PrepaidAccount implements Versioned {
    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(nullable = false)
    private BigDecimal balance = Money.ZERO;

    @Column(nullable = false)
    private boolean warned;

    @Version
    private int version;

    protected PrepaidAccount() {
    }

    public PrepaidAccount(long unitId, long companyId, long estateId) {
        this.unitId = unitId;
        this.companyId = companyId;
        this.estateId = estateId;
    }

    /** Adds a deposit (or gives a reversed deduction back); a balance back at or above the threshold may warn again. */
    public PrepaidEntry credit(PrepaidEntry.Kind kind, BigDecimal amount, long paymentId, BigDecimal threshold,
            String by, OffsetDateTime now) {
        balance = balance.add(amount);
        if (balance.compareTo(threshold) >= 0) {
            warned = false;
        }
        return new PrepaidEntry(unitId, kind, amount, balance, paymentId, by, now);
    }

    /** Takes an amount out (a deduction, or a reversed deposit); more than the balance is a conflict. */
    public PrepaidEntry debit(PrepaidEntry.Kind kind, BigDecimal amount, long paymentId, String by,
            OffsetDateTime now) {
        if (amount.compareTo(balance) > 0) {
            throw new ConflictException("error.prepaid.insufficient", balance.toPlainString());
        }
        balance = balance.subtract(amount);
        return new PrepaidEntry(unitId, kind, amount.negate(), balance, paymentId, by, now);
    }

    /** True once when the balance is below the threshold: the owner is to be warned now. */
    public boolean warnBelow(BigDecimal threshold) {
        if (!warned && balance.compareTo(threshold) < 0) {
            warned = true;
            return true;
        }
        return false;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public boolean isWarned() {
        return warned;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
