package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates an entity before it is stored, so that bad input is refused field by field and nothing is written. */
@ApplicationScoped
public class Validation {
    @Inject
    Validator validator;

    public <T> T check(T entity) {
        Set<ConstraintViolation<T>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            List<InvalidInputException.FieldError> errors = violations.stream()
                    .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                    .toList();
            throw new InvalidInputException(errors);
        }
        return entity;
    }
}
