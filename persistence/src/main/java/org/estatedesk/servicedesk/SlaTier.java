package org.estatedesk.servicedesk;

/**
 * Handling-time tiers (R1.5): general 30 minutes, complex 3 hours, difficult 3 days with a written notice to the
 * customer, special with a due time agreed with the customer. The durations are company parameters.
 */
public enum SlaTier {
    GENERAL, COMPLEX, DIFFICULT, SPECIAL;

    /** A difficult task is announced to the customer in writing (a printable notice). */
    public boolean needsWrittenNotice() {
        return this == DIFFICULT;
    }
}
