package org.estatedesk.archives;

import org.estatedesk.shared.ConflictException;

/** A finding of the archive audit is OPEN until someone fixed what it names and CLOSED it with a comment. */
public enum FindingState {
    OPEN, CLOSED;

    public enum Action { CLOSE }

    public FindingState after(Action action) {
        FindingState next = switch (action) {
            case CLOSE -> this == OPEN ? CLOSED : null;
        };
        if (next == null) {
            throw new ConflictException("error.auditFinding.illegalTransition", action, this);
        }
        return next;
    }
}
