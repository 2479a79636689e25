package org.estatedesk.billing;

/** How an owner pays (R4.4). */
public enum PaymentMethod {
    CASH, CARD, TRANSFER, ONLINE
}
