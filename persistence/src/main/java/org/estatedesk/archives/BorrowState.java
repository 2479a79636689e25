package org.estatedesk.archives;

import org.estatedesk.shared.ConflictException;

/**
 * A request to borrow or read a file (R5.2): REQUESTED until the estate manager decides (an HQ inspection starts
 * OUT); OUT — lent, or reading granted — until RETURNED; REJECTED. {@link #after} holds every allowed transition.
 */
public enum BorrowState {
    REQUESTED, OUT, REJECTED, RETURNED;

    public enum Action { APPROVE, REJECT, RETURN }

    public BorrowState after(Action action) {
        BorrowState next = switch (action) {
            case APPROVE, REJECT -> this == REQUESTED ? (action == Action.APPROVE ? OUT : REJECTED) : null;
            case RETURN -> this == OUT ? RETURNED : null;
        };
        if (next == null) {
            throw new ConflictException("error.archiveBorrow.illegalTransition", action, this);
        }
        return next;
    }
}
