package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.estatedesk.servicedesk.TaskTest;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R4.4/R4.5: the order a payment pays a unit's open bills, and what it may be. */
class OpenBillsTest {
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Bill bill(long id, YearMonth period, String... amounts) {
        List<BillCalculator.Line> lines = Arrays.stream(amounts)
                .map(a -> new BillCalculator.Line("I" + a, "item", BigDecimal.ONE, d(a), d(a))).toList();
        return TaskTest.withId(new Bill(7L, 1L, 5L, period, period.atDay(1), null, lines), id);
    }

    @Test
    void theOldestBillsLinesFirstThenTheNextBillThenTheLateFees() {
        Bill oct = bill(1, OCT, "100.00", "20.00");
        oct.accrueLateFee(d("3.00"));
        Bill nov = bill(2, NOV, "50.00");
        OpenBills open = OpenBills.oldestFirst(List.of(oct, nov));
        assertEquals(d("173.00"), open.owed());

        List<OpenBills.Share> shares = open.allocate(d("172.00"));
        assertEquals(List.of(d("100.00"), d("20.00"), d("50.00"), d("2.00")),
                shares.stream().map(OpenBills.Share::amount).toList());
        assertEquals(List.of(oct, oct, nov, oct), shares.stream().map(OpenBills.Share::bill).toList());
        assertNull(shares.get(3).line(), "a late fee's share has no line");
        assertEquals(PaymentAllocation.LATE_FEE, shares.get(3).itemCode());
        assertEquals(d("1.00"), open.owed(), "what the shares took is paid");
    }

    @Test
    void aNamedBillIsPaidFirstAndOnlyChosenBillsInTheirOrder() {
        Bill oct = bill(1, OCT, "100.00");
        Bill nov = bill(2, NOV, "50.00");
        OpenBills open = OpenBills.oldestFirst(List.of(oct, nov));
        assertEquals(List.of(nov, oct), open.withFirst(2, "billId").allocate(d("150.00")).stream()
                .map(OpenBills.Share::bill).toList());

        Bill dec = bill(3, NOV.plusMonths(1), "10.00");
        Bill jan = bill(4, NOV.plusMonths(2), "10.00");
        OpenBills chosen = OpenBills.oldestFirst(List.of(dec, jan)).only(List.of(4L, 4L), "deductBillIds");
        assertEquals(d("10.00"), chosen.owed(), "each chosen bill once");
        assertEquals(d("0.00"), OpenBills.oldestFirst(List.of(dec)).only(null, "deductBillIds").owed());

        RuleViolationException notOpen = assertThrows(RuleViolationException.class,
                () -> OpenBills.oldestFirst(List.of(dec)).withFirst(99, "billId"));
        assertEquals("error.payment.billNotOpen", notOpen.messageKey());
        assertEquals("billId", notOpen.field());
    }

    @Test
    void aPaymentMayNotExceedWhatIsOwedNorPayWhenNothingIs() {
        OpenBills open = OpenBills.oldestFirst(List.of(bill(1, OCT, "30.00")));
        open.accept(d("30.00"));
        RuleViolationException tooMuch = assertThrows(RuleViolationException.class, () -> open.accept(d("30.01")));
        assertEquals("error.payment.tooMuch", tooMuch.messageKey());
        open.allocate(d("30.00"));
        assertEquals("error.payment.nothingOwed", assertThrows(RuleViolationException.class,
                () -> open.accept(d("0.01"))).messageKey());
        assertEquals("error.payment.nothingOwed", assertThrows(RuleViolationException.class,
                () -> OpenBills.oldestFirst(List.of()).accept(d("1.00"))).messageKey());
    }
}
