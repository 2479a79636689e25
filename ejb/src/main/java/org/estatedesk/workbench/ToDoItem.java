package org.estatedesk.workbench;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One line of the workbench's to-do list (R6.1): what kind of thing waits ({@link Kind}), its record's id, a title
 * (a bundle key: the task's kind or the form's title) and a subject (the task's number and where it is, or the
 * form's subject), a name in Chinese and English (the task's category; none for a form), a detail (what the caller
 * said), the time it is due (none for a form: it waits since {@code since}), whether that time has passed, and the
 * page that does it.
 */
public record ToDoItem(Kind kind, long id, String titleKey, String subject, String nameZh, String nameEn,
        String detail, OffsetDateTime due, OffsetDateTime since, boolean overdue, String page) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What waits: one's own task, a task to assign, a callback, an approval step. */
    public enum Kind {
        TASK, TASK_TO_ASSIGN, CALLBACK, APPROVAL
    }

    /** The time the list orders by: the due time, or since when a form without one waits. */
    public OffsetDateTime orderedBy() {
        return due != null ? due : since;
    }

    /** The name in the reader's language ({@code en} or Chinese), or null. */
    public String name(java.util.Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
