package org.estatedesk.servicedesk;

import java.util.List;

/** A task with its history and callbacks, for the detail view. */
public record TaskDetail(Task task, Reception reception, List<TaskEvent> history, List<Callback> callbacks) {
}
