package org.estatedesk.servicedesk;

import java.util.List;

/** A task with where it is, its history and callbacks, for the detail view. */
public record TaskDetail(Task task, Reception reception, TaskSite site, List<TaskEvent> history,
        List<Callback> callbacks) {
}
