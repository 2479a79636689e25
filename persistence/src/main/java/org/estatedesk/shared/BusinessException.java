package org.estatedesk.shared;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A business rule refused the request. Carries a message key of the {@code messages} bundle and its
 * arguments, so that the UI and the API speak the user's language. Always rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    protected BusinessException(String messageKey, String field, Object... arguments) {
        super(messageKey + (arguments.length > 0 ? " " + java.util.Arrays.toString(arguments) : ""));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The input field the problem is about, or null. */
    public String field() {
        return field;
    }

    /** Extra members of the problem body. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
