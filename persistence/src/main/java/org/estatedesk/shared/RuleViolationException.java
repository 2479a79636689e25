package org.estatedesk.shared;

/** Input that breaks a domain rule; names the offending field where there is one. */
public class RuleViolationException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
