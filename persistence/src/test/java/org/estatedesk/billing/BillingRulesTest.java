package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitType;
import org.estatedesk.servicedesk.TaskTest;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R4.1–R4.4: fee rules, rounding per line, rates in force, readings, allocation oldest first, reversal. */
class BillingRulesTest {
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BillCalculator.Rate rate(String code, FeeBasis basis, MeterKind meter, String price, YearMonth from) {
        return new BillCalculator.Rate(1L, UnitType.RESIDENCE, code, code, basis, meter, d(price), from);
    }

    @Test
    void areaFixedAndMeteredLinesAreRoundedHalfUpPerLine() {
        BillCalculator calc = new BillCalculator(List.of(
                rate("PROPERTY", FeeBasis.AREA, null, "2.3500", NOV.minusMonths(5)),
                rate("GARBAGE", FeeBasis.FIXED, null, "15.0000", NOV.minusMonths(5)),
                rate("HOT_WATER", FeeBasis.METERED, MeterKind.HOT_WATER, "25.5000", NOV.minusMonths(5))), NOV);
        // 118.36 m² × 2.35 = 278.146 → 278.15; 3.17 m³ × 25.5 = 80.835 → 80.84
        List<BillCalculator.Line> lines = calc.lines(1L, UnitType.RESIDENCE, d("118.36"),
                Map.of(MeterKind.HOT_WATER, d("3.17")));
        assertEquals(3, lines.size());
        assertEquals(List.of("GARBAGE", "HOT_WATER", "PROPERTY"), lines.stream().map(BillCalculator.Line::itemCode).toList());
        assertEquals(d("15.00"), lines.get(0).amount());
        assertEquals(d("80.84"), lines.get(1).amount());
        assertEquals(d("278.15"), lines.get(2).amount());
        assertEquals(d("373.99"), BillCalculator.total(lines));
        // half-up at exactly half a cent: 89.50 × 2.33 = 208.535 → 208.54
        assertEquals(d("208.54"), new BillCalculator(List.of(rate("P", FeeBasis.AREA, null, "2.33", NOV)), NOV)
                .lines(1L, UnitType.RESIDENCE, d("89.50"), Map.of()).get(0).amount());
    }

    @Test
    void aMeteredItemWithoutAReadingIsNotBilledAndOtherTypesOrEstatesGetNothing() {
        BillCalculator calc = new BillCalculator(List.of(
                rate("HOT_WATER", FeeBasis.METERED, MeterKind.HOT_WATER, "25.5", NOV)), NOV);
        assertTrue(calc.lines(1L, UnitType.RESIDENCE, d("90"), Map.of()).isEmpty());
        assertTrue(calc.lines(1L, UnitType.SHOP, d("90"), Map.of(MeterKind.HOT_WATER, d("1"))).isEmpty());
        assertTrue(calc.lines(2L, UnitType.RESIDENCE, d("90"), Map.of(MeterKind.HOT_WATER, d("1"))).isEmpty());
    }

    @Test
    void theLatestRateValidInThePeriodApplies() {
        BillCalculator calc = new BillCalculator(List.of(
                rate("P", FeeBasis.AREA, null, "2.00", YearMonth.of(2025, 1)),
                rate("P", FeeBasis.AREA, null, "2.50", YearMonth.of(2026, 7)),
                rate("P", FeeBasis.AREA, null, "3.00", YearMonth.of(2026, 12))), NOV);
        assertEquals(d("250.00"), calc.lines(1L, UnitType.RESIDENCE, d("100.00"), Map.of()).get(0).amount());
        assertTrue(new BillCalculator(List.of(rate("P", FeeBasis.AREA, null, "3.00", YearMonth.of(2026, 12))), NOV)
                .lines(1L, UnitType.RESIDENCE, d("100"), Map.of()).isEmpty(), "a rate from a later period");
    }

    @Test
    void moneyFromPeopleIsPositiveWithAtMostTwoDecimals() {
        assertEquals(d("12.50"), Money.positive(d("12.5"), "amount"));
        assertEquals(d("12.00"), Money.positive(d("12"), "amount"));
        assertThrows(RuleViolationException.class, () -> Money.positive(d("0"), "amount"));
        assertThrows(RuleViolationException.class, () -> Money.positive(d("-1.00"), "amount"));
        assertThrows(RuleViolationException.class, () -> Money.positive(d("10.005"), "amount"));
        assertThrows(RuleViolationException.class, () -> Money.positive(d("10.000"), "amount"));
        assertThrows(RuleViolationException.class, () -> Money.positive(d("1000000000000.00"), "amount"));
        assertThrows(RuleViolationException.class, () -> Money.positive(null, "amount"));
    }

    private static Unit unit() {
        Estate estate = new Estate(7L, "E", "E", "厦门", "x");
        TaskTest.withId(estate, 1L);
        return TaskTest.withId(new Unit(estate, 1L, 1L, 1, "1-1-101", UnitType.RESIDENCE, d("90")), 5L);
    }

    @Test
    void aReadingBelowThePreviousOneIsRefusedUnlessTheMeterWasReplaced() {
        OffsetDateTime now = OffsetDateTime.now();
        MeterReading oct = MeterReading.record(unit(), MeterKind.HOT_WATER, NOV.minusMonths(1), d("120.50"), false,
                null, "a", now);
        assertEquals(d("120.50"), oct.consumption(), "the first reading counts from 0");
        MeterReading nov = MeterReading.record(unit(), MeterKind.HOT_WATER, NOV, d("123.70"), false, oct, "a", now);
        assertEquals(d("3.20"), nov.consumption());
        RuleViolationException lower = assertThrows(RuleViolationException.class, () -> MeterReading.record(unit(),
                MeterKind.HOT_WATER, NOV, d("100.00"), false, oct, "a", now));
        assertEquals("error.reading.lower", lower.messageKey());
        MeterReading replaced = MeterReading.record(unit(), MeterKind.HOT_WATER, NOV, d("2.10"), true, oct, "a", now);
        assertEquals(d("2.10"), replaced.consumption(), "a new meter counts from 0");
        assertThrows(RuleViolationException.class, () -> MeterReading.record(unit(), MeterKind.HOT_WATER,
                NOV.minusMonths(1), d("130"), false, oct, "a", now), "not after the last period");
        assertThrows(RuleViolationException.class, () -> MeterReading.record(unit(), MeterKind.HOT_WATER, NOV,
                d("130.001"), false, oct, "a", now));
        assertThrows(RuleViolationException.class, () -> MeterReading.record(unit(), MeterKind.HOT_WATER, NOV,
                d("-1"), true, oct, "a", now));
    }

    private static Bill bill(YearMonth period, String... amounts) {
        List<BillCalculator.Line> lines = java.util.Arrays.stream(amounts)
                .map(a -> new BillCalculator.Line("I" + a, "item", BigDecimal.ONE, d(a), d(a))).toList();
        return new Bill(7L, 1L, 5L, period, period.atDay(1), null, lines);
    }

    @Test
    void aPaymentTakesTheLinesInOrderAndTheBillStateFollows() {
        Bill b = bill(NOV, "100.00", "50.00");
        assertEquals(d("150.00"), b.getTotal());
        assertEquals(BillState.OPEN, b.getState());
        assertEquals(LocalDate.of(2026, 11, 30), b.getDueOn());
        List<Bill.Allocation> a = b.allocate(d("120.00"));
        assertEquals(2, a.size());
        assertEquals(d("100.00"), a.get(0).amount());
        assertEquals(d("20.00"), a.get(1).amount());
        assertEquals(BillState.PARTIALLY_PAID, b.getState());
        assertEquals(d("30.00"), b.outstanding());
        assertEquals(d("30.00"), b.allocate(d("45.00")).get(0).amount(), "never more than a line owes");
        assertEquals(BillState.PAID, b.getState());
        assertTrue(b.allocate(d("1.00")).isEmpty());
        b.giveBack(b.getLines().get(1), d("30.00"));
        assertEquals(BillState.PARTIALLY_PAID, b.getState());
        assertEquals(d("30.00"), b.outstanding());
    }

    @Test
    void overdueMeansDueBeforeTheDayAndNotPaid() {
        Bill b = bill(NOV, "10.00");
        assertFalse(b.isOverdue(LocalDate.of(2026, 11, 30)));
        assertTrue(b.isOverdue(LocalDate.of(2026, 12, 1)));
        b.allocate(d("10.00"));
        assertFalse(b.isOverdue(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void lateFeesArePaidSeparatelyAndKeepTheBillOpen() {
        Bill b = bill(NOV, "10.00");
        b.allocate(d("10.00"));
        b.accrueLateFee(d("0.30"));
        assertEquals(BillState.PARTIALLY_PAID, b.getState());
        assertEquals(d("0.30"), b.allocateLateFee(d("5.00")));
        assertEquals(BillState.PAID, b.getState());
    }

    @Test
    void aPaymentIsReversedOnceByACounterEntry() {
        Payment p = TaskTest.withId(new Payment(7L, 1L, 5L, "2026-000001", d("100.00"), PaymentMethod.CASH, "finance",
                OffsetDateTime.now(), null), 9L);
        Payment counter = p.reverse("2026-000002", "finance", OffsetDateTime.now(), "wrong unit");
        assertEquals(d("-100.00"), counter.getAmount());
        assertEquals(9L, counter.getReversalOf());
        assertTrue(p.isReversed());
        assertThrows(ConflictException.class, () -> p.reverse("2026-000003", "f", OffsetDateTime.now(), null));
        assertThrows(ConflictException.class, () -> counter.reverse("2026-000003", "f", OffsetDateTime.now(), null));
    }

    @Test
    void lateFeesChargeTheDailyRateOnPrincipalAfterTheGracePeriodOncePerDay() {
        Bill b = bill(YearMonth.of(2026, 8), "200.00", "21.80");
        BigDecimal rate = d("0.0003");
        // due 2026-08-31, 30 days' grace: the first day charged is 2026-10-01
        assertEquals(d("0.00"), b.accrueLateFees(LocalDate.of(2026, 9, 30), 30, rate));
        // 2026-10-01 .. 2026-10-10: 221.80 × 0.0003 × 10 = 0.6654 → 0.67
        assertEquals(d("0.67"), b.accrueLateFees(LocalDate.of(2026, 10, 10), 30, rate));
        assertEquals(d("0.00"), b.accrueLateFees(LocalDate.of(2026, 10, 10), 30, rate), "the same day twice");
        assertEquals(BillState.OPEN, b.getState(), "nothing paid yet");
        b.allocate(d("200.00"));
        // 2026-10-11 .. 2026-10-20 on the 21.80 still owed, not on the 0.67 of late fees: 0.0654 → 0.07
        assertEquals(d("0.07"), b.accrueLateFees(LocalDate.of(2026, 10, 20), 30, rate));
        assertEquals(d("0.74"), b.getLateFee());
        b.allocate(d("21.80"));
        assertEquals(d("0.00"), b.accrueLateFees(LocalDate.of(2026, 12, 31), 30, rate), "no principal, no fee");
        assertEquals(BillState.PARTIALLY_PAID, b.getState(), "the late fees are still owed");
        assertEquals(d("0.74"), b.allocateLateFee(d("5.00")));
        assertEquals(BillState.PAID, b.getState());
    }

    @Test
    void aLargeCollectionIsMoneyTakenInOfAtLeastTheThreshold() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
        BigDecimal threshold = d("10000.00");
        Payment large = new Payment(1, 2, 3, "R1", d("10000.00"), PaymentMethod.TRANSFER, "finance", now, null);
        assertTrue(large.isLargeCollection(threshold), "at the threshold");
        assertFalse(new Payment(1, 2, 3, "R2", d("9999.99"), PaymentMethod.CASH, "finance", now, null)
                .isLargeCollection(threshold));
        assertTrue(new Payment(1, 2, 3, "R3", d("12000.00"), PaymentMethod.CASH, "finance", now, null).asDeposit()
                .isLargeCollection(threshold), "a deposit to the prepaid balance is money taken in");
        assertFalse(new Payment(1, 2, 3, "R4", d("12000.00"), PaymentMethod.PREPAID, "finance", now, null)
                .isLargeCollection(threshold), "a deduction from the prepaid balance takes no money");
        assertFalse(new Payment(1, 2, 3, "R5", d("12000.00"), PaymentMethod.DEPOSIT, "finance", now, null)
                .isLargeCollection(threshold));
        assertFalse(large.reverse("R6", "finance", now, "录错").isLargeCollection(threshold), "a counter-entry");
        assertFalse(large.isLargeCollection(BigDecimal.ZERO), "threshold 0: no report");
    }
}
