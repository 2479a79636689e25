package org.estatedesk.servicedesk;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.Page;

/** A task in a list, with where it is and who asked ({@link TaskSite}): a row of the task and callback lists. */
public record TaskLine(Task task, TaskSite site) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Tasks with their sites, read in one more statement. */
    static List<TaskLine> of(List<Task> list, TaskRepository tasks) {
        return of(new Page<>(list, list.size()), tasks).items();
    }

    /** A page of tasks with their sites, read in one more statement. */
    static Page<TaskLine> of(Page<Task> page, TaskRepository tasks) {
        Map<Long, TaskSite> sites = tasks.sites(page.items().stream().map(Task::getId).toList());
        List<TaskLine> lines = page.items().stream()
                .map(t -> new TaskLine(t, sites.getOrDefault(t.getId(), TaskSite.UNKNOWN))).toList();
        return new Page<>(lines, page.total());
    }
}
