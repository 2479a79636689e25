package org.estatedesk.servicedesk;

/**
 * A task has just been completed (R1.4), fired by {@link TaskService} in the completing transaction before the
 * reception follows and the log is written. Observers react synchronously, in that transaction: billing charges a
 * paid special service to its unit (R1.2, R4.1, {@code billing.SpecialServiceCharges}); if the charge fails, the
 * completion rolls back with it.
 */
public record TaskCompleted(Task task) {
}
