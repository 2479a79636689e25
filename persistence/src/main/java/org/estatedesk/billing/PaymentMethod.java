package org.estatedesk.billing;

import org.estatedesk.shared.Money;


/** How an owner pays (R4.4). */
public enum PaymentMethod {
    CASH, CARD, TRANSFER, ONLINE,
    /** Paid from the unit's prepaid balance (预存款抵扣, R4.8): no money changes hands, so no collector's takings. */
    PREPAID,
    /** Fines and damages paid from a refundable deposit when it is settled (押金抵扣, R3.5): no money changes hands. */
    DEPOSIT;

    /** Money taken at the desk or received (everything but a deduction from a prepaid balance or a deposit). */
    public boolean takings() {
        return this != PREPAID && this != DEPOSIT;
    }
}
