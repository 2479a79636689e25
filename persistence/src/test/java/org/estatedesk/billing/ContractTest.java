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
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R4.1 contracts: proration by days half-up to the cent, the periods in force, the states and their refusals. */
class ContractTest {
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    private static Contract.Terms terms(String amount, String start, String end) {
        return new Contract.Terms(ContractKind.RENT, null, null, "张三", "13800000000", null, 7L, d(amount), null,
                day(start), day(end));
    }

    private static Contract contract(String amount, String start, String end, boolean draft) {
        return new Contract(1L, 2L, 3L, "HT-1", null, terms(amount, start, end), draft, "finance",
                OffsetDateTime.now());
    }

    private static BillCalculator.Line line(Contract c, YearMonth period) {
        return c.charge("RENT", "租金").line(period).orElseThrow();
    }

    @Test
    void aWholeMonthIsOneLineOfTheMonthlyAmount() {
        BillCalculator.Line l = line(contract("3000.00", "2026-01-01", "2026-12-31", false), NOV);
        assertEquals(BigDecimal.ONE, l.quantity());
        assertEquals(d("3000.00"), l.unitPrice());
        assertEquals(d("3000.00"), l.amount());
        assertEquals("RENT", l.itemCode());
    }

    @Test
    void aFirstOrLastPartialMonthIsProratedByDaysHalfUpToTheCent() {
        // from 16 November: 15 of 30 days; 3000.00 × 15 / 30 = 1500.00
        BillCalculator.Line first = line(contract("3000.00", "2026-11-16", "2027-11-15", false), NOV);
        assertEquals(d("15"), first.quantity());
        assertEquals(d("100.0000"), first.unitPrice());
        assertEquals(d("1500.00"), first.amount());
        // to 10 October (31 days): 1000.00 × 10 / 31 = 322.580… → 322.58
        BillCalculator.Line last = line(contract("1000.00", "2025-01-01", "2026-10-10", false), YearMonth.of(2026, 10));
        assertEquals(d("10"), last.quantity());
        assertEquals(d("322.58"), last.amount());
        // 0.10 × 15 / 30 = 0.05 exactly
        assertEquals(d("0.05"), line(contract("0.10", "2026-11-16", "2026-12-31", false), NOV).amount());
        // half-up at exactly half a cent, February 2027 (28 days): 12.38 × 7 / 28 = 3.095 → 3.10
        assertEquals(d("3.10"), line(contract("12.38", "2027-02-22", "2027-12-31", false), YearMonth.of(2027, 2))
                .amount());
        // one day only, start and end in the same month: 3100.00 × 1 / 31
        assertEquals(d("100.00"), line(contract("3100.00", "2026-12-05", "2026-12-05", false),
                YearMonth.of(2026, 12)).amount());
    }

    @Test
    void aContractIsBilledOnlyInThePeriodsItIsInForceAndNeverAsADraft() {
        Contract c = contract("800.00", "2026-11-16", "2027-02-10", false);
        assertFalse(c.inForce(YearMonth.of(2026, 10)));
        assertTrue(c.inForce(NOV));
        assertTrue(c.inForce(YearMonth.of(2027, 2)));
        assertFalse(c.inForce(YearMonth.of(2027, 3)), "expired: not billed after its end");
        assertFalse(contract("800.00", "2026-01-01", "2026-12-31", true).inForce(NOV), "a draft is not billed");
    }

    @Test
    void aTerminationEndsBillingOnItsDateProrated() {
        Contract c = contract("3000.00", "2026-01-01", "2027-12-31", false);
        c.terminate(day("2026-11-10"), "租户提前退租");
        assertEquals(Contract.State.TERMINATED, c.getState());
        assertEquals(d("1000.00"), line(c, NOV).amount(), "1 to 10 November: 10 of 30 days");
        assertFalse(c.inForce(YearMonth.of(2026, 12)));
        assertThrows(ConflictException.class, () -> c.terminate(day("2026-11-20"), "again"));
        assertThrows(ConflictException.class, () -> c.amend(terms("1.00", "2026-01-01", "2026-12-31")));
        assertThrows(ConflictException.class, () -> c.expire(day("2028-01-01")));
    }

    @Test
    void statesMoveOnlyTheAllowedWays() {
        Contract draft = contract("500.00", "2026-01-01", "2026-12-31", true);
        assertEquals(Contract.State.DRAFT, draft.getState());
        draft.activate();
        assertEquals(Contract.State.ACTIVE, draft.getState());
        assertThrows(ConflictException.class, draft::activate);
        assertThrows(ConflictException.class, () -> draft.expire(day("2026-12-31")), "not past its end yet");
        assertFalse(draft.overdueForExpiry(day("2026-12-31")));
        assertTrue(draft.overdueForExpiry(day("2027-01-01")));
        assertEquals(-1, draft.daysToEnd(day("2027-01-01")));
        draft.expire(day("2027-01-01"));
        assertEquals(Contract.State.EXPIRED, draft.getState());
        assertThrows(ConflictException.class, () -> draft.terminate(day("2026-06-30"), "late"));
    }

    @Test
    void badTermsAreRefusedNamingTheField() {
        assertEquals("monthlyAmount", assertThrows(RuleViolationException.class,
                () -> contract("100.005", "2026-01-01", "2026-12-31", false)).field());
        assertEquals("monthlyAmount", assertThrows(RuleViolationException.class,
                () -> contract("0", "2026-01-01", "2026-12-31", false)).field());
        assertEquals("endDate", assertThrows(RuleViolationException.class,
                () -> contract("100.00", "2026-12-01", "2026-11-30", false)).field());
        assertEquals("business", assertThrows(RuleViolationException.class, () -> new Contract(1L, 2L, 3L, "AD-1",
                "AD-1", new Contract.Terms(ContractKind.MULTI_BUSINESS, null, "大堂", "广告公司", null, null, 7L,
                        d("100"), null, day("2026-01-01"), day("2026-12-31")), false, "finance",
                OffsetDateTime.now())).field());
        Contract c = contract("100.00", "2026-01-01", "2026-12-31", false);
        assertEquals("date", assertThrows(RuleViolationException.class,
                () -> c.terminate(day("2027-01-01"), "after the end")).field());
        assertEquals("reason", assertThrows(RuleViolationException.class,
                () -> c.terminate(day("2026-06-30"), " ")).field());
        assertEquals(d("100.00"), c.getMonthlyAmount(), "kept with exactly two decimals");
    }

    @Test
    void contractLinesFollowTheRateLinesOfTheUnitsBill() {
        BillCalculator calc = new BillCalculator(List.of(new BillCalculator.Rate(2L, UnitType.SHOP, "PROPERTY",
                "物业费", FeeBasis.AREA, null, d("5.00"), NOV)), NOV);
        List<BillCalculator.Line> lines = calc.lines(2L, UnitType.SHOP, d("40.00"), Map.of(), List.of(
                contract("3000.00", "2026-11-16", "2027-11-15", false).charge("RENT", "租金"),
                contract("100.00", "2027-01-01", "2027-12-31", false).charge("AD", "广告位")), NOV);
        assertEquals(List.of("PROPERTY", "RENT"), lines.stream().map(BillCalculator.Line::itemCode).toList());
        assertEquals(d("1700.00"), BillCalculator.total(lines));
    }
}
