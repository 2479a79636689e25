package org.estatedesk.servicedesk;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a technician must know of a task before he goes (issue 20, R1.6): where — the estate, the unit's code ({@code 3-2-404},
 * none for a public area) or the place the caller named —, who asked and on which number, what he said, and what the
 * category is called. Read with the task, in one statement for a whole page of tasks
 * ({@link TaskRepository#sites}).
 */
public record TaskSite(String estateName, String unitCode, String location, String callerName, String callerPhone, String description,
        String categoryZh, String categoryEn) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A task whose reception could not be read (outside the scope): nothing known. */
    public static final TaskSite UNKNOWN = new TaskSite(null, null, null, null, null, null, null, null);

    /** The unit's code and the place the caller named, either alone, or null when neither is known. */
    public String where() {
        if (unitCode != null) {
            return location == null || location.isBlank() ? unitCode : unitCode + " " + location;
        }
        return location == null || location.isBlank() ? null : location;
    }

    /** The category's name in the reader's language (Chinese unless he reads English). */
    public String categoryName(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && categoryEn != null && !categoryEn.isBlank() ? categoryEn : categoryZh;
    }
}
