package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** What the cashier may take money by (R4.4): cash, card, transfer, online — never prepaid nor deposit. */
class CashbookTest {
    @Test
    void moneyChangesHandsByCashCardTransferOrOnline() {
        for (PaymentMethod m : new PaymentMethod[] {PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER,
            PaymentMethod.ONLINE}) {
            assertDoesNotThrow(() -> Cashbook.takings(m), m.name());
        }
    }

    @Test
    void prepaidAndDepositAreNoTakings() {
        RuleViolationException prepaid = assertThrows(RuleViolationException.class,
                () -> Cashbook.takings(PaymentMethod.PREPAID));
        assertEquals("error.payment.prepaidMethod", prepaid.messageKey());
        assertEquals("method", prepaid.field());
        RuleViolationException deposit = assertThrows(RuleViolationException.class,
                () -> Cashbook.takings(PaymentMethod.DEPOSIT));
        assertEquals("error.payment.depositMethod", deposit.messageKey());
        assertEquals("method", deposit.field());
    }
}
