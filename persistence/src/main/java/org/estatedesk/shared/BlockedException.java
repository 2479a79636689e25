package org.estatedesk.shared;

import java.util.List;
import java.util.Map;

/**
 * A request refused by checks that each found a reason (e.g. a relocation with unpaid fees and an open decoration):
 * a 409 that lists every reason, each with a code and its own message. Nothing is stored.
 */
public class BlockedException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final List<Reason> reasons;

    /** A reason: a stable code for clients, the message key and its arguments. */
    public record Reason(String code, String messageKey, List<Object> arguments) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public BlockedException(String messageKey, List<Reason> reasons) {
        super(messageKey, reasons.size());
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("blocked", reasons.size());
    }
}
