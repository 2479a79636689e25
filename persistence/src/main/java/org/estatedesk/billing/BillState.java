package org.estatedesk.billing;

/** A bill is open until its lines (and late fees) are paid in full. */
public enum BillState {
    OPEN, PARTIALLY_PAID, PAID
}
