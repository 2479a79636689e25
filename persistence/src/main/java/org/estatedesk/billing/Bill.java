package org.estatedesk.billing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.Versioned;

/**
 * The bill of one unit for one period (R4.3) with its lines; exactly one per unit and period (unique key), or a
 * one-off charge (R4.1: decoration fees, fines, damages …) told apart by its charge key, one per key. Paid
 * amounts are kept per line, so that allocations (R4.4) and reversals are exact; late fees (R4.5) accrue on the
 * bill and are never charged on themselves.
 */
@Entity
@Table(name = "bill")
public class Bill implements Versioned {
    /** The charge key of monthly bills. */
    public static final String MONTHLY = "";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bill_seq")
    @SequenceGenerator(name = "bill_seq", sequenceName = "bill_seq", allocationSize = 500)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(nullable = false)
    private BigDecimal paid = Money.ZERO;

    @Column(name = "late_fee", nullable = false)
    private BigDecimal lateFee = Money.ZERO;

    @Column(name = "late_fee_paid", nullable = false)
    private BigDecimal lateFeePaid = Money.ZERO;

    @Column(name = "late_fee_through")
    private LocalDate lateFeeThrough;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BillState state = BillState.OPEN;

    @Column(name = "run_id")
    private Long runId;

    /** '' for the monthly bill of the period; for a one-off charge the key of what caused it (one bill per key). */
    @Column(name = "charge_key", nullable = false)
    private String chargeKey = MONTHLY;

    private String description;

    @Version
    private int version;

    @OneToMany(mappedBy = "bill", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<BillLine> lines = new ArrayList<>();

    protected Bill() {
    }

    /** A bill of the given lines, due at the end of its period. */
    public Bill(long companyId, long estateId, long unitId, YearMonth period, LocalDate issuedOn, Long runId,
            List<BillCalculator.Line> drafts) {
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.period = period.toString();
        this.issuedOn = issuedOn;
        this.dueOn = period.atEndOfMonth();
        this.runId = runId;
        BigDecimal sum = Money.ZERO;
        int n = 0;
        for (BillCalculator.Line d : drafts) {
            lines.add(new BillLine(this, ++n, d));
            sum = sum.add(d.amount());
        }
        this.total = sum;
        settle();
    }

    /**
     * A one-off charge (R4.1): issued on {@code day} in its month, due at once, with the key of what caused it and
     * a description for the owner. Late fees (R4.5) do not accrue on it.
     */
    public static Bill charge(long companyId, long estateId, long unitId, LocalDate day, String key,
            String description, List<BillCalculator.Line> drafts) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a charge needs its key");
        }
        Bill bill = new Bill(companyId, estateId, unitId, YearMonth.from(day), day, null, drafts);
        bill.dueOn = day;
        bill.chargeKey = key;
        bill.description = description;
        return bill;
    }

    /** Whether this is a one-off charge rather than the monthly bill. */
    public boolean isCharge() {
        return !MONTHLY.equals(chargeKey);
    }

    /** Outstanding principal: lines not yet paid. */
    public BigDecimal outstanding() {
        return total.subtract(paid);
    }

    /** Late fees not yet paid. */
    public BigDecimal lateFeeOutstanding() {
        return lateFee.subtract(lateFeePaid);
    }

    /** Overdue on a day: due before it and not paid in full. */
    public boolean isOverdue(LocalDate day) {
        return dueOn.isBefore(day) && outstanding().signum() > 0;
    }

    /** Takes up to {@code amount} for this bill's lines in their order; returns what each line took. */
    public List<Allocation> allocate(BigDecimal amount) {
        List<Allocation> taken = new ArrayList<>();
        BigDecimal left = amount;
        for (BillLine line : lines) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = line.outstanding().min(left);
            if (take.signum() > 0) {
                line.pay(take);
                paid = paid.add(take);
                left = left.subtract(take);
                taken.add(new Allocation(line, line.getItemCode(), take));
            }
        }
        settle();
        return taken;
    }

    /** Takes up to {@code amount} for the unpaid late fees; returns what was taken. */
    public BigDecimal allocateLateFee(BigDecimal amount) {
        BigDecimal take = lateFeeOutstanding().min(amount).max(Money.ZERO);
        lateFeePaid = lateFeePaid.add(take);
        settle();
        return take;
    }

    /** Gives back an allocation of a reversed payment (a line's, or the late fees' when {@code line} is null). */
    public void giveBack(BillLine line, BigDecimal amount) {
        if (line == null) {
            lateFeePaid = lateFeePaid.subtract(amount);
        } else {
            line.pay(amount.negate());
            paid = paid.subtract(amount);
        }
        settle();
    }

    /** Adds late fees accrued (R4.5). */
    public void accrueLateFee(BigDecimal amount) {
        lateFee = lateFee.add(amount);
        settle();
    }

    /**
     * Charges the late fees of R4.5 up to and including {@code asOf}: the daily rate on the principal still owed,
     * for every day after the due date and the grace period not charged yet, rounded half-up to the cent; never on
     * late fees themselves. Charging the same day again adds nothing. Returns the amount charged.
     */
    public BigDecimal accrueLateFees(LocalDate asOf, int graceDays, BigDecimal dailyRate) {
        LocalDate from = dueOn.plusDays(graceDays + 1L);
        if (lateFeeThrough != null && !lateFeeThrough.isBefore(from)) {
            from = lateFeeThrough.plusDays(1);
        }
        if (asOf.isBefore(from)) {
            return Money.ZERO;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, asOf) + 1;
        BigDecimal fee = Money.round(outstanding().multiply(dailyRate).multiply(BigDecimal.valueOf(days)));
        lateFeeThrough = asOf;
        if (fee.signum() > 0) {
            accrueLateFee(fee);
        }
        return fee;
    }

    private void settle() {
        if (outstanding().signum() == 0 && lateFeeOutstanding().signum() == 0) {
            state = BillState.PAID;
        } else if (paid.signum() > 0 || lateFeePaid.signum() > 0) {
            state = BillState.PARTIALLY_PAID;
        } else {
            state = BillState.OPEN;
        }
    }

    /** One line's share of a payment. */
    public record Allocation(BillLine line, String itemCode, BigDecimal amount) {
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

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getLateFee() {
        return lateFee;
    }

    public BigDecimal getLateFeePaid() {
        return lateFeePaid;
    }

    public LocalDate getLateFeeThrough() {
        return lateFeeThrough;
    }

    public BillState getState() {
        return state;
    }

    public Long getRunId() {
        return runId;
    }

    public String getChargeKey() {
        return chargeKey;
    }

    public String getDescription() {
        return description;
    }

    public List<BillLine> getLines() {
        return lines;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
