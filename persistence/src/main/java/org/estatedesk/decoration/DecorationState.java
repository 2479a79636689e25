package org.estatedesk.decoration;

import org.estatedesk.shared.ConflictException;

/**
 * The states of a decoration application (R3.1): IN_APPROVAL while its chain runs (CS assistant → engineering
 * manager → CS manager, after engineering verification for R3.2's alterations); APPROVED when the last step
 * approved; REJECTED by any step, from where a changed plan is resubmitted; FEES_DUE once the owner confirmed the
 * water-closing / pressure test and the management fee and deposit were charged; PERMIT_ISSUED once the fee was paid
 * and the deposit taken (R3.1); ACCEPTED when engineering accepted the finished work
 * (a failed inspection leaves it issued); CLOSED once the deposit was settled (R3.5). {@link #after} holds every
 * allowed transition.
 */
public enum DecorationState {
    IN_APPROVAL, APPROVED, REJECTED,
    /** Pressure test confirmed, management fee charged and deposit asked: waiting for both to be paid (R3.1). */
    FEES_DUE,
    PERMIT_ISSUED,
    /** Completion accepted by engineering (R3.5); the deposit is still held. */
    ACCEPTED,
    /** The deposit was settled: refunded minus fines and damages (R3.5). */
    CLOSED;

    public DecorationState after(DecorationAction action) {
        DecorationState next = switch (action) {
            case SUBMIT -> null;
            case APPROVE_STEP -> this == IN_APPROVAL ? IN_APPROVAL : null;
            case APPROVE -> this == IN_APPROVAL ? APPROVED : null;
            case REJECT -> this == IN_APPROVAL ? REJECTED : null;
            case RESUBMIT -> this == REJECTED ? IN_APPROVAL : null;
            case CHARGE_FEES -> this == APPROVED ? FEES_DUE : null;
            case ISSUE_PERMIT -> this == FEES_DUE ? PERMIT_ISSUED : null;
            case ACCEPTANCE_FAILED -> this == PERMIT_ISSUED ? PERMIT_ISSUED : null;
            case ACCEPT -> this == PERMIT_ISSUED ? ACCEPTED : null;
            case SETTLE_DEPOSIT -> this == ACCEPTED ? CLOSED : null;
        };
        if (next == null) {
            throw new ConflictException("error.decoration.illegalTransition", action, this);
        }
        return next;
    }
}
