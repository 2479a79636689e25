package org.estatedesk.shared;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What a page's text inputs hold, read once for every page: a value that does not parse is refused at its input
 * ({@code error.param.invalid}), which the page exception handler shows there.
 */
public final class PageInputs {
    private PageInputs() {
    }

    /** A month typed as {@code 2026-11}. */
    public static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", field, value);
        }
    }
}
