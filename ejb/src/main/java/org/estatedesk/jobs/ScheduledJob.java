package org.estatedesk.jobs;

/**
 * A job that runs by itself: its {@link JobSchedule} and what one tick of the calendar starts. A capability with such
 * a job has one CDI bean implementing this; {@link JobScheduler} finds them all, makes one timer per schedule and,
 * when a timer fires, calls {@link #startScheduled} as the scheduler identity. The implementation starts its runs
 * through the capability's use cases, so their roles and rules apply as to any other caller.
 */
public interface ScheduledJob {
    JobSchedule schedule();

    /**
     * Starts the scheduled runs. A run that cannot start for one company is best logged and skipped here; what is
     * thrown the scheduler logs, and the tick is over.
     */
    void startScheduled();
}
