package org.estatedesk.shared;

/**
 * A document cannot be made on this server, whatever the request: its font is missing or unreadable. Answered 503
 * with what to install or configure; the rest of the application keeps working.
 */
public class DocumentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
