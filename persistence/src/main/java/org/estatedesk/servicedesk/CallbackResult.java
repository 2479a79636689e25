package org.estatedesk.servicedesk;

/**
 * The owner's verdict at the callback (R1.7); only DISSATISFIED reopens the task. UNREACHABLE records an attempt
 * that reached nobody: the task waits for the next, and closes after the company's {@code callback.maxAttempts}.
 */
public enum CallbackResult {
    SATISFIED, FAIR, DISSATISFIED, UNREACHABLE;

    /** The owner's verdict closes the task (an unreachable owner's only after the last attempt). */
    public boolean closesTask() {
        return this == SATISFIED || this == FAIR;
    }
}
