package org.estatedesk.shared;

import java.util.List;
import java.util.Map;

/** Bean Validation refused the input; carries every offending field with its message. */
public class InvalidInputException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public record FieldError(String field, String message) implements java.io.Serializable {
    }

    public InvalidInputException(List<FieldError> errors) {
        super("error.validation", errors.isEmpty() ? null : errors.get(0).field());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", errors);
    }
}
