package org.estatedesk.approvals;

import java.io.Serializable;
import java.util.List;

/**
 * A form as the approval inbox shows it: a title (a bundle key, e.g. {@code approval.form.DECORATION}, and a subject
 * such as the unit), the page that shows the whole form, and its fields. A field's value is plain text, or, when
 * {@code valueKeys} is not empty, bundle keys the page translates (enum values).
 */
public record FormSummary(String titleKey, String subject, String link, List<Field> fields) implements Serializable {
    private static final long serialVersionUID = 1L;

    public record Field(String labelKey, String value, List<String> valueKeys) implements Serializable {
        private static final long serialVersionUID = 1L;

        public static Field text(String labelKey, Object value) {
            return new Field(labelKey, value == null ? "" : value.toString(), List.of());
        }

        public static Field keys(String labelKey, List<String> keys) {
            return new Field(labelKey, null, List.copyOf(keys));
        }
    }
}
