package org.estatedesk.servicedesk;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every 10 seconds: folds the task counters' deltas (one row per task change) into one row per estate, state and
 * bucket, so that the task list's total reads a few hundred rows however busy the intake is. Each server of a
 * cluster runs it; the statement sums exactly the rows it deletes, so two at once lose nothing.
 */
@Singleton
@PermitAll
public class TaskCounterTimer {
    @Inject
    TaskRepository tasks;

    @PermitAll
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void compact() {
        tasks.compactCounters();
    }
}
