package org.estatedesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.estatedesk.shared.Money;

/** One fee item on a bill: quantity × unit price, rounded half-up to the cent, and how much of it is paid. */
@Entity
@Table(name = "bill_line")
public class BillLine {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bill_line_seq")
    @SequenceGenerator(name = "bill_line_seq", sequenceName = "bill_line_seq", allocationSize = 500)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bill_id")
    private Bill bill;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "item_name", nullable = false)
    private String itemName;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private BigDecimal paid = Money.ZERO;

    protected BillLine() {
    }

    BillLine(Bill bill, int lineNo, BillCalculator.Line draft) {
        this.bill = bill;
        this.lineNo = lineNo;
        this.itemCode = draft.itemCode();
        this.itemName = draft.itemName();
        this.quantity = draft.quantity();
        this.unitPrice = draft.unitPrice();
        this.amount = draft.amount();
    }

    BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    void pay(BigDecimal part) {
        paid = paid.add(part);
    }

    public Long getId() {
        return id;
    }

    public Bill getBill() {
        return bill;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPaid() {
        return paid;
    }
}
