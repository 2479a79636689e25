package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * Refundable deposits and one-off charges (R4.1, R3.5): a deposit is taken once, settled once (kept part + paid-back
 * part = the amount), cancelled only while due; a charge is due on its day and carries its key.
 */
class DepositTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Deposit deposit(String amount) {
        return new Deposit(1, 2, 3, Deposit.Kind.DECORATION, "DECORATION:7", "装修押金", d(amount), "finance", NOW);
    }

    @Test
    void aDepositIsTakenOnceAndSettledOnceIntoKeptAndPaidBack() {
        Deposit dep = deposit("2000.00");
        assertEquals(Deposit.State.DUE, dep.getState());
        assertThrows(ConflictException.class, () -> dep.settle(d("0"), "f", NOW), "not held yet");
        dep.receive();
        assertEquals(Deposit.State.HELD, dep.getState());
        assertThrows(ConflictException.class, dep::receive, "taken once");
        assertThrows(RuleViolationException.class, () -> dep.settle(d("2000.01"), "f", NOW), "more than held");
        assertEquals(Deposit.State.HELD, dep.getState(), "a refused settlement changes nothing");
        assertEquals(d("1650.00"), dep.settle(d("350.00"), "finance", NOW));
        assertEquals(d("350.00"), dep.getDeducted());
        assertEquals(d("1650.00"), dep.getRefunded());
        assertEquals(Deposit.State.REFUNDED, dep.getState());
        assertThrows(ConflictException.class, () -> dep.settle(d("0"), "f", NOW), "settled once");
        assertThrows(ConflictException.class, () -> dep.cancel("f", NOW));
    }

    @Test
    void aReversedTakingMakesItDueAgainAndOnlyADueDepositIsCancelled() {
        Deposit dep = deposit("100.00");
        dep.receive();
        assertThrows(ConflictException.class, () -> dep.cancel("f", NOW), "held money is settled, not cancelled");
        dep.giveBackReceipt();
        assertEquals(Deposit.State.DUE, dep.getState());
        dep.cancel("finance", NOW);
        assertEquals(Deposit.State.CANCELLED, dep.getState());
        assertThrows(ConflictException.class, dep::receive);
    }

    @Test
    void aDepositNeedsAPositiveAmountInCentsAndADescription() {
        assertThrows(RuleViolationException.class, () -> deposit("0"));
        assertThrows(RuleViolationException.class, () -> deposit("1.005"));
        assertThrows(RuleViolationException.class, () -> new Deposit(1, 2, 3, Deposit.Kind.OTHER, "K", " ",
                d("10"), "f", NOW));
        assertEquals(d("10.00"), deposit("10").getAmount());
    }

    @Test
    void aChargeIsDueOnItsDayInItsMonthAndTheMonthlyBillIsNoCharge() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        Bill charge = Bill.charge(1, 2, 3, day, "DECORATION:7:FEE", "装修管理费", List.of(
                new BillCalculator.Line("DECORATION_FEE", "装修管理费", BigDecimal.ONE, d("300.0000"), d("300.00"))));
        assertTrue(charge.isCharge());
        assertEquals(YearMonth.of(2026, 12), charge.getPeriod());
        assertEquals(day, charge.getDueOn());
        assertEquals(d("300.00"), charge.getTotal());
        assertEquals("DECORATION:7:FEE", charge.getChargeKey());
        assertThrows(IllegalArgumentException.class, () -> Bill.charge(1, 2, 3, day, "", "x", List.of()));
        Bill monthly = new Bill(1, 2, 3, YearMonth.of(2026, 12), day, null, List.of());
        assertFalse(monthly.isCharge());
        assertEquals(LocalDate.of(2026, 12, 31), monthly.getDueOn());
    }
}
