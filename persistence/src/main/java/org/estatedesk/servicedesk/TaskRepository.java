package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.VisibleEstates;

/** Tasks with their history and callbacks, always read through the caller's data scope (R0.6). */
public interface TaskRepository {
    Optional<Task> find(long id, DataScope scope);

    /** For a change: the row is locked, so that two users acting on one task are serialised. */
    Optional<Task> findForUpdate(long id, DataScope scope);

    /**
     * One page, newest first, and the number of matching tasks among the visible estates: two statements. Filtered
     * by state and estate only, the total comes from the counters and the page is found through them, however deep;
     * other filters count on the task table.
     */
    Page<Task> page(TaskFilter filter, VisibleEstates visible, PageRequest page, OffsetDateTime now);

    /** Number of matching tasks per state (from the counters where the filter allows); one statement. */
    /**
     * The filter's tasks soonest due first (by the callback's due time when the filter asks for callbacks due), at
     * most {@code limit}: the workbench's to-do list, over the open tasks only (an index on {@code (state, due_at)}).
     */
    List<Task> dueFirst(TaskFilter filter, VisibleEstates visible, int limit, OffsetDateTime now);

    Map<TaskState, Long> countByState(TaskFilter filter, VisibleEstates visible, OffsetDateTime now);

    List<Task> ofReception(long receptionId);

    /** Callback figures per visible estate for tasks completed and callbacks made in [from, to) (R1.7). */
    List<CallbackFigures> callbackFigures(DataScope scope, OffsetDateTime from, OffsetDateTime to);

    /** Earlier reports of the same problem (R1.10): {repairs and complaints, complaints}, void/invalid excluded. */
    /**
     * Earlier repairs and complaints of the unit and category that count towards escalation (R1.10,
     * {@link Escalation#counts}): reported since {@code windowStart}, fixed or called unsatisfactory; and the
     * complaints among them.
     */
    long[] earlierReports(long unitId, long categoryId, java.time.OffsetDateTime windowStart);

    /** The task's callbacks of one result (the unreachable attempts before the next, R1.7). */
    long callbacks(long taskId, CallbackResult result);

    /** Open tasks of a unit, newest first (the screen-pop). */
    List<Task> openOfUnits(List<Long> unitIds, int limit);

    List<TaskEvent> history(long taskId);

    void store(TaskPhoto photo);

    /** The work order's photos of a task, oldest first, without their content. */
    List<TaskPhoto.Info> photos(long taskId);

    Optional<TaskPhoto> photo(long taskId, long photoId);

    /**
     * Where the tasks are and who asked (unit code or location, caller, phone, description, category name), by task
     * id: one statement for a page of tasks.
     */
    Map<Long, TaskSite> sites(java.util.Collection<Long> taskIds);

    List<Callback> callbacks(long taskId);

    void store(Task task);

    /** Stores a history entry; a change of state also moves the task between the counters. */
    void store(TaskEvent event);

    /** Takes a company's tasks out of the counters, before they are deleted (company data clearing). */
    void uncountCompany(long companyId);

    /** Folds the counters' deltas (a timer's work); returns the number of rows written. */
    int compactCounters();

    void store(Callback callback);
}
