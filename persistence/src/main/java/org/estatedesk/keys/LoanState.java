package org.estatedesk.keys;

import org.estatedesk.shared.ConflictException;

/**
 * A key loan (R5.1): REQUESTED by a borrower who is not the owner until the manager decides; APPROVED, waiting to be
 * handed out; REJECTED; OUT once handed out against the borrower's signature; RETURNED; CANCELLED when an approved
 * loan is not collected. {@link #after} holds every allowed transition.
 */
public enum LoanState {
    REQUESTED, APPROVED, REJECTED, OUT, RETURNED, CANCELLED;

    public enum Action { APPROVE, REJECT, HAND_OUT, RETURN, CANCEL }

    public LoanState after(Action action) {
        LoanState next = switch (action) {
            case APPROVE -> this == REQUESTED ? APPROVED : null;
            case REJECT -> this == REQUESTED ? REJECTED : null;
            case HAND_OUT -> this == APPROVED ? OUT : null;
            case RETURN -> this == OUT ? RETURNED : null;
            case CANCEL -> this == APPROVED || this == REQUESTED ? CANCELLED : null;
        };
        if (next == null) {
            throw new ConflictException("error.keyLoan.illegalTransition", action, this);
        }
        return next;
    }

    /** The loan still holds its key (requested, approved or out). */
    public boolean open() {
        return this == REQUESTED || this == APPROVED || this == OUT;
    }
}
