package org.estatedesk.servicedesk;

import java.util.List;

/**
 * A task with where it is, its history and callbacks, for the detail view; {@code categories} are those its hops
 * (RECATEGORISE, issue 20) name, by id, so that the history shows their names.
 */
public record TaskDetail(Task task, Reception reception, TaskSite site, List<TaskEvent> history,
        List<Callback> callbacks, java.util.Map<Long, IssueCategory> categories) {

    /** The category a hop names by its id (from or to), or null when it is gone. */
    public IssueCategory category(String id) {
        try {
            return id == null ? null : categories.get(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
