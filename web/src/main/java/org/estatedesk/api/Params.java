package org.estatedesk.api;

import java.util.Locale;
import org.estatedesk.shared.RuleViolationException;

/** Query parameters read by hand where JAX-RS would answer a bad value with 404: here it is a 400 naming it. */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("error.param.invalid", name, value);
        }
    }
}
