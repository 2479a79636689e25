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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.estatedesk.shared.Money;

/** One change of a prepaid balance (R4.8) with the payment that made it and the balance after it. Never changed. */
@Entity
@Table(name = "prepaid_entry")
public class PrepaidEntry {
    public enum Kind {
        /** Money paid in advance (预存). */
        DEPOSIT,
        /** Bills paid from the balance (抵扣). */
        DEDUCTION,
        /** A deposit or a deduction reversed. */
        REVERSAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prepaid_entry_seq")
    @SequenceGenerator(name = "prepaid_entry_seq", sequenceName = "prepaid_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false)
    private BigDecimal balanceAfter;

    @Column(name = "payment_id", nullable = false)
    private Long paymentId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected PrepaidEntry() {
    }

    PrepaidEntry(long unitId, Kind kind, BigDecimal amount, BigDecimal balanceAfter, long paymentId, String by,
            OffsetDateTime now) {
        this.unitId = unitId;
        this.kind = kind;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.paymentId = paymentId;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
