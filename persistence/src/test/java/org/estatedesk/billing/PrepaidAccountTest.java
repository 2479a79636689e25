package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.estatedesk.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** Prepaid balances (R4.8): never below zero, and one warning per fall below the threshold. */
class PrepaidAccountTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final BigDecimal THRESHOLD = new BigDecimal("50.00");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void depositsAndDeductionsKeepTheBalanceAndEveryEntryTheBalanceAfterIt() {
        PrepaidAccount a = new PrepaidAccount(1, 2, 3);
        PrepaidEntry in = a.credit(PrepaidEntry.Kind.DEPOSIT, d("300.00"), 10, THRESHOLD, "finance", NOW);
        assertEquals(d("300.00"), in.getBalanceAfter());
        PrepaidEntry out = a.debit(PrepaidEntry.Kind.DEDUCTION, d("221.80"), 11, "finance", NOW);
        assertEquals(d("-221.80"), out.getAmount());
        assertEquals(d("78.20"), a.getBalance());
        assertThrows(ConflictException.class, () -> a.debit(PrepaidEntry.Kind.REVERSAL, d("78.21"), 12, "f", NOW),
                "never below zero");
        assertEquals(d("78.20"), a.getBalance(), "a refused debit changes nothing");
    }

    @Test
    void theOwnerIsWarnedOncePerFallBelowTheThreshold() {
        PrepaidAccount a = new PrepaidAccount(1, 2, 3);
        a.credit(PrepaidEntry.Kind.DEPOSIT, d("100.00"), 10, THRESHOLD, "finance", NOW);
        assertFalse(a.warnBelow(THRESHOLD));
        a.debit(PrepaidEntry.Kind.DEDUCTION, d("60.00"), 11, "finance", NOW);
        assertTrue(a.warnBelow(THRESHOLD), "40.00 < 50.00");
        a.debit(PrepaidEntry.Kind.DEDUCTION, d("10.00"), 12, "finance", NOW);
        assertFalse(a.warnBelow(THRESHOLD), "warned already");
        a.credit(PrepaidEntry.Kind.DEPOSIT, d("5.00"), 13, THRESHOLD, "finance", NOW);
        assertTrue(a.isWarned(), "still below: the warning stands");
        a.credit(PrepaidEntry.Kind.DEPOSIT, d("20.00"), 14, THRESHOLD, "finance", NOW);
        assertFalse(a.isWarned(), "55.00: lifted above the threshold");
        a.debit(PrepaidEntry.Kind.DEDUCTION, d("10.00"), 15, "finance", NOW);
        assertTrue(a.warnBelow(THRESHOLD), "a new fall warns again");
    }
}
