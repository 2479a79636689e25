package org.estatedesk.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.RuleViolationException;

/**
 * A unit's open bills in the order a payment pays them (R4.4): oldest first — or a bill the payer names first —,
 * within a bill line by line, and only then the late fees (R4.5) of the same bills in the same order. What the unit
 * owes is the sum of their outstanding lines and late fees; a payment may not be more than that.
 */
public final class OpenBills {
    private final List<Bill> bills;

    private OpenBills(List<Bill> bills) {
        this.bills = List.copyOf(bills);
    }

    /** The unit's open bills as the repository reads them, oldest first. */
    public static OpenBills oldestFirst(List<Bill> open) {
        return new OpenBills(open);
    }

    /** The bill {@code billId} first (e.g. the one-off charge of a form the owner came to pay), the rest as before. */
    public OpenBills withFirst(long billId, String field) {
        Bill first = find(billId, field);
        List<Bill> ordered = new ArrayList<>(bills);
        ordered.remove(first);
        ordered.add(0, first);
        return new OpenBills(ordered);
    }

    /** Only the chosen bills, in the order chosen, each once (a deposit settled against the bills the clerk picks). */
    public OpenBills only(List<Long> billIds, String field) {
        List<Bill> chosen = new ArrayList<>();
        for (Long id : billIds == null ? List.<Long>of() : billIds.stream().distinct().toList()) {
            chosen.add(find(id, field));
        }
        return new OpenBills(chosen);
    }

    private Bill find(Long billId, String field) {
        return bills.stream().filter(b -> b.getId() != null && b.getId().equals(billId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("error.payment.billNotOpen", field, billId));
    }

    /** What the bills still owe: their outstanding lines and late fees. */
    public BigDecimal owed() {
        return bills.stream().map(b -> b.outstanding().add(b.lateFeeOutstanding())).reduce(Money.ZERO,
                BigDecimal::add);
    }

    /** A payment of {@code amount} is refused when nothing is owed or when it is more than what is owed. */
    public void accept(BigDecimal amount) {
        BigDecimal owed = owed();
        if (owed.signum() == 0) {
            throw new RuleViolationException("error.payment.nothingOwed", "amount");
        }
        if (amount.compareTo(owed) > 0) {
            throw new RuleViolationException("error.payment.tooMuch", "amount", owed.toPlainString());
        }
    }

    /**
     * Pays {@code amount} into the bills: their lines in order, then their late fees in order; returns each share
     * taken (a late fee's share has no line). What cannot be placed stays unplaced: callers take at most
     * {@link #owed()}.
     */
    public List<Share> allocate(BigDecimal amount) {
        List<Share> shares = new ArrayList<>();
        BigDecimal left = amount;
        for (Bill bill : bills) {
            for (Bill.Allocation a : bill.allocate(left)) {
                shares.add(new Share(bill, a.line(), a.itemCode(), a.amount()));
                left = left.subtract(a.amount());
            }
        }
        for (Bill bill : bills) {
            BigDecimal fee = bill.allocateLateFee(left);
            if (fee.signum() > 0) {
                shares.add(new Share(bill, null, PaymentAllocation.LATE_FEE, fee));
                left = left.subtract(fee);
            }
        }
        return shares;
    }

    /** One share of a payment: a line's (or, with no line, the bill's late fees) and its amount. */
    public record Share(Bill bill, BillLine line, String itemCode, BigDecimal amount) {
    }
}
