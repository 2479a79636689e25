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
import org.estatedesk.shared.Versioned;

/**
 * A payment taken for a unit with its numbered receipt (R4.4). Never deleted or changed: a mistake is undone by a
 * reversal, a payment of the negative amount with its own receipt number that points at the original.
 */
@Entity
@Table(name = "payment")
public class Payment implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "receipt_number", nullable = false)
    private String receiptNumber;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;

    @Column(nullable = false)
    private String collector;

    @Column(name = "paid_at", nullable = false)
    private OffsetDateTime paidAt;

    @Column(name = "reversal_of")
    private Long reversalOf;

    @Column(nullable = false)
    private boolean reversed;

    private String note;

    /** A deposit to the unit's prepaid balance (R4.8): allocated to no bill. */
    @Column(nullable = false)
    private boolean prepaid;

    /** The refundable deposit this payment took, paid from (method DEPOSIT) or paid back (a negative amount). */
    @Column(name = "deposit_id")
    private Long depositId;

    @Version
    private int version;

    protected Payment() {
    }

    public Payment(long companyId, long estateId, long unitId, String receiptNumber, BigDecimal amount,
            PaymentMethod method, String collector, OffsetDateTime paidAt, String note) {
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.receiptNumber = receiptNumber;
        this.amount = amount;
        this.method = method;
        this.collector = collector;
        this.paidAt = paidAt;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    /** The counter-entry of this payment; this one is marked reversed. A payment is reversed once. */
    public Payment reverse(String number, String by, OffsetDateTime at, String reason) {
        if (reversed) {
            throw new ConflictException("error.payment.reversed", receiptNumber);
        }
        if (reversalOf != null) {
            throw new ConflictException("error.payment.isReversal", receiptNumber);
        }
        reversed = true;
        Payment counter = new Payment(companyId, estateId, unitId, number, amount.negate(), method, by, at, reason);
        counter.reversalOf = id;
        counter.prepaid = prepaid;
        counter.depositId = depositId;
        return counter;
    }

    /**
     * A large collection (大额收款, R4.4), reported to the finance manager the same day: money taken in (not a
     * deduction from a prepaid balance or a deposit, not a reversal or a pay-back) of at least {@code threshold},
     * the company's parameter payment.largeCollectionThreshold (zero or less: nothing is large).
     */
    public boolean isLargeCollection(BigDecimal threshold) {
        return threshold != null && threshold.signum() > 0 && method.takings() && reversalOf == null
                && amount.signum() > 0 && amount.compareTo(threshold) >= 0;
    }

    /** Makes this new payment a deposit to the prepaid balance. */
    public Payment asDeposit() {
        this.prepaid = true;
        return this;
    }

    /** Makes this new payment one of a refundable deposit: taking it, paying from it or paying it back. */
    public Payment forDeposit(long deposit) {
        this.depositId = deposit;
        return this;
    }

    public Long getDepositId() {
        return depositId;
    }

    public boolean isPrepaid() {
        return prepaid;
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

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getCollector() {
        return collector;
    }

    public OffsetDateTime getPaidAt() {
        return paidAt;
    }

    public Long getReversalOf() {
        return reversalOf;
    }

    public boolean isReversed() {
        return reversed;
    }

    public String getNote() {
        return note;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
