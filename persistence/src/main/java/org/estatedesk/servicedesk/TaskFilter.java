package org.estatedesk.servicedesk;

import java.util.Set;

/**
 * What a task list shows: any combination of state, overdue, estate, the caller's own tasks (as assignee or first
 * responder), escalated ones, departments, a reception record, or completed tasks whose callback is due; and, for
 * the workbench's counts, open tasks only ({@code openOnly}: the condition lets the database read the few open tasks
 * instead of every task of the caller, 5,000,000 in the benchmark); and the list's {@link TaskSearch}.
 */
public record TaskFilter(TaskState state, Boolean overdue, Long estateId, String mine, Boolean escalated,
        Set<Department> departments, Long receptionId, boolean callbackDue, String consultant, boolean openOnly,
        TaskSearch search) {
    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null, null, false, null, false);

    public TaskFilter {
        if (search == null) {
            search = TaskSearch.NONE;
        }
    }

    public TaskFilter(TaskState state, Boolean overdue, Long estateId, String mine, Boolean escalated,
            Set<Department> departments, Long receptionId, boolean callbackDue, String consultant, boolean openOnly) {
        this(state, overdue, estateId, mine, escalated, departments, receptionId, callbackDue, consultant, openOnly,
                TaskSearch.NONE);
    }

    public TaskFilter(TaskState state, Boolean overdue, Long estateId, String mine, Boolean escalated,
            Set<Department> departments, Long receptionId, boolean callbackDue) {
        this(state, overdue, estateId, mine, escalated, departments, receptionId, callbackDue, null, false);
    }

    public TaskFilter(TaskState state, Boolean overdue, Long estateId, String mine, Boolean escalated,
            Set<Department> departments, Long receptionId, boolean callbackDue, String consultant) {
        this(state, overdue, estateId, mine, escalated, departments, receptionId, callbackDue, consultant, false);
    }

    /** Tasks of the units whose owners this CS staff member is consultant of (R1.9). */
    public TaskFilter withConsultant(String username) {
        return new TaskFilter(state, overdue, estateId, mine, escalated, departments, receptionId, callbackDue,
                username, openOnly, search);
    }

    public TaskFilter withOverdue(Boolean o) {
        return new TaskFilter(state, o, estateId, mine, escalated, departments, receptionId, callbackDue, consultant,
                openOnly, search);
    }

    public TaskFilter withMine(String username) {
        return new TaskFilter(state, overdue, estateId, username, escalated, departments, receptionId, callbackDue,
                consultant, openOnly, search);
    }

    public TaskFilter withEscalated(Boolean e) {
        return new TaskFilter(state, overdue, estateId, mine, e, departments, receptionId, callbackDue, consultant,
                openOnly, search);
    }

    /** Only tasks in an open state ({@link TaskState#OPEN}). */
    public TaskFilter withOpenOnly() {
        return new TaskFilter(state, overdue, estateId, mine, escalated, departments, receptionId, callbackDue,
                consultant, true, search);
    }

    /** The task list's search (keyword, dates, category, department, unit, order) on top of this filter. */
    public TaskFilter withSearch(TaskSearch s) {
        return new TaskFilter(state, overdue, estateId, mine, escalated, departments, receptionId, callbackDue,
                consultant, openOnly, s);
    }
}
