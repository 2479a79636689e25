package org.estatedesk.servicedesk;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A task waiting for the caller (the workbench's to-do list, R6.1): the task with where it is, why it waits for him —
 * his own open task, one of his departments' tasks still to assign, a callback he owes — and until when (the task's
 * due time; the callback's for a callback).
 */
public record TaskToDo(TaskLine line, Why why, OffsetDateTime due) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Why the task waits for the caller. */
    public enum Why {
        MINE, TO_ASSIGN, CALLBACK
    }
}
