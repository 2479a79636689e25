package org.estatedesk.approvals;

import java.io.Serializable;
import java.util.List;

/**
 * A form as the approval inbox shows it: a title (a bundle key, e.g. {@code approval.form.DECORATION}, and a subject
 * such as the unit), the page that shows the whole form, its fields and its uploaded documents. A field's value is
 * plain text, or, when {@code valueKeys} is not empty, bundle keys the page translates (enum values).
 */
public record FormSummary(String titleKey, String subject, String link, List<Field> fields,
        List<Document> documents) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** An uploaded document of the form: its id (for {@link ApprovalForm#document}), a kind's bundle key, name, size. */
    public record Document(long id, String kindKey, String name, int size) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A document's content, for a download. */
    public record Content(String name, String contentType, byte[] bytes) {
    }

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
