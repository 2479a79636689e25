package org.estatedesk.shared;

/** The request contradicts the current state: a duplicate code, a node that still has children, a stale version. */
public class ConflictException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
