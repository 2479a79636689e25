package org.estatedesk.decoration;

/** What happens to a decoration application (R3.1); each is a line of its history. */
public enum DecorationAction {
    SUBMIT, APPROVE_STEP, APPROVE, REJECT, RESUBMIT,
    /** The owner confirmed the pressure test; the management fee was charged and the deposit asked (R3.1). */
    CHARGE_FEES,
    /** The fee paid and the deposit taken: the permit is issued (R3.1). */
    ISSUE_PERMIT,
    /** Engineering's completion inspection found defects: rectify and inspect again (R3.5). */
    ACCEPTANCE_FAILED,
    /** Engineering accepted the finished work, noting any damage to common parts (R3.5). */
    ACCEPT,
    /** Finance settled the deposit: fines and damages kept, the rest paid back (R3.5). */
    SETTLE_DEPOSIT
}
