package org.estatedesk.shared;

/** The caller's role allows the operation in general but not this use of it (a company administrator acting group-wide). */
public class AccessDeniedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
