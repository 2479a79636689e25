package org.estatedesk.keys;

import org.estatedesk.shared.ConflictException;

/**
 * Where a key is (R5.1): IN_STORE; RECTIFICATION — an owner's key kept after handover while defects are rectified,
 * until the owner collects it; RESERVED for a requested loan waiting for approval or hand-out; ON_LOAN; WITH_OWNER
 * once collected (the end). A reserved or lent key goes back to where it came from (store or rectification).
 * {@link #after} holds every allowed transition; anything else is a conflict (409).
 */
public enum KeyState {
    IN_STORE, RECTIFICATION, RESERVED, ON_LOAN, WITH_OWNER;

    public enum Action { RESERVE, LEND, RELEASE, RETURN, HOLD_FOR_RECTIFICATION, COLLECT }

    /** The state after the action; {@code home} is where a released or returned key goes back to. */
    public KeyState after(Action action, KeyState home) {
        KeyState next = switch (action) {
            case RESERVE -> this == IN_STORE || this == RECTIFICATION ? RESERVED : null;
            case LEND -> this == IN_STORE || this == RECTIFICATION || this == RESERVED ? ON_LOAN : null;
            case RELEASE -> this == RESERVED ? home : null;
            case RETURN -> this == ON_LOAN ? home : null;
            case HOLD_FOR_RECTIFICATION -> this == IN_STORE ? RECTIFICATION : null;
            case COLLECT -> this == IN_STORE || this == RECTIFICATION ? WITH_OWNER : null;
        };
        if (next == null) {
            if ((action == Action.RESERVE || action == Action.LEND) && (this == RESERVED || this == ON_LOAN)) {
                throw new ConflictException("error.key.out", this);
            }
            throw new ConflictException("error.key.illegalTransition", action, this);
        }
        return next;
    }

    /** Lent or promised to a borrower. */
    public boolean out() {
        return this == RESERVED || this == ON_LOAN;
    }
}
