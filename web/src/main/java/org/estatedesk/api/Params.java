package org.estatedesk.api;

import java.util.Locale;
import org.estatedesk.shared.RuleViolationException;

/** Query parameters read by hand where JAX-RS would answer a bad value with 404: here it is a 400 naming it. */
public final class Params {
    private Params() {
    }

    /**
     * The language an API caller reads names in (categories, states): English when his {@code Accept-Language} puts
     * English first, else Chinese — the default, as on the pages.
     */
    public static Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.List<Locale> wanted = headers.getAcceptableLanguages();
        return !wanted.isEmpty() && "en".equals(wanted.get(0).getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
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

    /** A date {@code yyyy-MM-dd}; null for none; anything else is a 400 naming the parameter. */
    public static java.time.LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", name, value);
        }
    }
}
