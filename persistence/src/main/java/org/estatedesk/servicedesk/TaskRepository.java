package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Tasks with their history and callbacks, always read through the caller's data scope (R0.6). */
public interface TaskRepository {
    Optional<Task> find(long id, DataScope scope);

    /** For a change: the row is locked, so that two users acting on one task are serialised. */
    Optional<Task> findForUpdate(long id, DataScope scope);

    /** One page, newest first, and the number of matching tasks: two statements. */
    Page<Task> page(TaskFilter filter, DataScope scope, PageRequest page, OffsetDateTime now);

    /** Number of matching tasks per state. */
    Map<TaskState, Long> countByState(TaskFilter filter, DataScope scope, OffsetDateTime now);

    List<Task> ofReception(long receptionId);

    /** Callback figures per visible estate for tasks completed and callbacks made in [from, to) (R1.7). */
    List<CallbackFigures> callbackFigures(DataScope scope, OffsetDateTime from, OffsetDateTime to);

    /** Earlier reports of the same problem (R1.10): {repairs and complaints, complaints}, void/invalid excluded. */
    long[] earlierReports(long unitId, long categoryId);

    /** Open tasks of a unit, newest first (the screen-pop). */
    List<Task> openOfUnits(List<Long> unitIds, int limit);

    List<TaskEvent> history(long taskId);

    List<Callback> callbacks(long taskId);

    void store(Task task);

    void store(TaskEvent event);

    void store(Callback callback);
}
