package org.estatedesk.billing;

/** How an owner pays (R4.4). */
public enum PaymentMethod {
    CASH, CARD, TRANSFER, ONLINE,
    /** Paid from the unit's prepaid balance (预存款抵扣, R4.8): no money changes hands, so no collector's takings. */
    PREPAID;

    /** Money taken at the desk or received (everything but a prepaid deduction). */
    public boolean takings() {
        return this != PREPAID;
    }
}
