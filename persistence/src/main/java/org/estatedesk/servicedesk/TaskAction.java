package org.estatedesk.servicedesk;

/**
 * What a user does to a task (R1.6). ASSIGN gives it to a technician (the supervisor's step, R1.4); DISCUSS opens
 * a discussion of the solution; PLAN settles it; COMPLETE records the work done; CLOSE ends it; VOID cancels it;
 * INVALIDATE marks an invalid request. REOPEN is the dissatisfied callback's (R1.7), not a user's button.
 * WAIT_CUSTOMER (with a reason) stops the SLA clock while the task waits on the customer; RESUME starts it again,
 * the due time later by the time waited (R1.5). RECATEGORISE (a category of the library, with a reason) and TRANSFER
 * (another department, with a reason) correct the split while the task runs (issue 20): each is a hop of the task's
 * history, from → to; see {@link Task#recategorise} and {@link Task#transfer}.
 */
public enum TaskAction {
    ASSIGN, DISCUSS, PLAN, COMPLETE, CLOSE, VOID, INVALIDATE, REOPEN, WAIT_CUSTOMER, RESUME, RECATEGORISE, TRANSFER
}
