package org.estatedesk.servicedesk;

/** The owner's verdict at the callback (R1.7); only DISSATISFIED reopens the task. */
public enum CallbackResult {
    SATISFIED, FAIR, DISSATISFIED;

    public boolean closesTask() {
        return this != DISSATISFIED;
    }
}
