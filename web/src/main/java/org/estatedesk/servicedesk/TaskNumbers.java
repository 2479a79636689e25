package org.estatedesk.servicedesk;

import org.estatedesk.shared.RuleViolationException;

/** Reads a task number as staff type it: "T00000012", "t12" or "12". */
final class TaskNumbers {
    private TaskNumbers() {
    }

    static Long parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.trim().replaceFirst("^[Tt]", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("error.param.invalid", field, text);
        }
    }
}
