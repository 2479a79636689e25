package org.estatedesk.shared;

import java.util.Locale;

/**
 * Search text as a LIKE pattern that matches it literally: '%' and '_' typed by a user are characters, not
 * wildcards. Queries that use these patterns say {@code escape '!'} after the pattern.
 */
public final class Like {
    private Like() {
    }

    /** The text anywhere in the value; null for blank text (no condition). */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + escaped(text.trim()) + "%";
    }

    /** As {@link #containing} for a comparison with a lower-cased column. */
    public static String containingLower(String text) {
        return text == null || text.isBlank() ? null : containing(text.toLowerCase(Locale.ROOT));
    }

    /** The value starts with the text; null for blank text (no condition). */
    public static String startingWith(String text) {
        return text == null || text.isBlank() ? null : escaped(text.trim()) + "%";
    }

    /** The value ends with the text; null for blank text (no condition). */
    public static String endingWith(String text) {
        return text == null || text.isBlank() ? null : "%" + escaped(text.trim());
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
