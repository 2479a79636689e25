package org.estatedesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A payment's share of one bill line (or of a bill's late fees when {@code billLineId} is null). */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {
    /** The item code of allocations to late fees. */
    public static final String LATE_FEE = "LATE_FEE";

    /** The item code a receipt shows for a deposit to the prepaid balance (R4.8); never allocated to a bill. */
    public static final String PREPAID = "PREPAID";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_allocation_seq")
    @SequenceGenerator(name = "payment_allocation_seq", sequenceName = "payment_allocation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private Long paymentId;

    @Column(name = "bill_id", nullable = false)
    private Long billId;

    @Column(name = "bill_line_id")
    private Long billLineId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private BigDecimal amount;

    protected PaymentAllocation() {
    }

    public PaymentAllocation(long paymentId, long billId, Long billLineId, String itemCode, BigDecimal amount) {
        this.paymentId = paymentId;
        this.billId = billId;
        this.billLineId = billLineId;
        this.itemCode = itemCode;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public Long getBillId() {
        return billId;
    }

    public Long getBillLineId() {
        return billLineId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
