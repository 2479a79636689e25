package org.estatedesk.servicedesk;

import java.util.EnumSet;
import java.util.Set;
import org.estatedesk.shared.ConflictException;

/**
 * Task states (R1.6): to-assign → to-reply → solution-under-discussion → to-implement → completed → closed, and
 * void and invalid-request. Any of the running states may wait on the customer (R1.5: the SLA clock stops) and
 * resumes to the state it waited in. {@link #after} holds every allowed transition; anything else is refused.
 */
public enum TaskState {
    TO_ASSIGN, TO_REPLY, IN_DISCUSSION, TO_IMPLEMENT, WAITING_CUSTOMER, COMPLETED, CLOSED, VOID, INVALID;

    /** States in which the task is still being worked on, so its due time runs (R1.5): it can be overdue. */
    public static final Set<TaskState> RUNNING = EnumSet.of(TO_ASSIGN, TO_REPLY, IN_DISCUSSION, TO_IMPLEMENT);

    /**
     * States of a task not yet done: the running ones and waiting on the customer. The lists and counts of open tasks
     * show them all; only the running ones are ever overdue.
     */
    public static final Set<TaskState> OPEN = EnumSet.of(TO_ASSIGN, TO_REPLY, IN_DISCUSSION, TO_IMPLEMENT,
            WAITING_CUSTOMER);

    /** States after which nothing more happens to the task. */
    public static final Set<TaskState> FINAL = EnumSet.of(CLOSED, VOID, INVALID);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Whether the task's SLA clock runs in this state (open and not waiting on the customer). */
    public boolean isRunning() {
        return RUNNING.contains(this);
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /**
     * The state a task of the given kind reaches by the action, or a {@link ConflictException} when the action is
     * not allowed in this state. Assigning again while the work is under way keeps the state (a new technician).
     */
    public TaskState after(TaskAction action, TaskKind kind) {
        return after(action, kind, null);
    }

    /**
     * As {@link #after(TaskAction, TaskKind)}; RESUME goes back to {@code waitedIn}, the running state the task was
     * in when it began to wait on the customer (TO_REPLY when not known). Waiting, the task can only resume or be
     * voided: assigning, working or completing it needs the clock running again. RECATEGORISE keeps a running state
     * (its department may change: see {@link Task#recategorise}), TRANSFER sends a running task back to TO_ASSIGN;
     * neither once the work is completed nor while the task waits on the customer (resume it first).
     */
    public TaskState after(TaskAction action, TaskKind kind, TaskState waitedIn) {
        TaskState next = switch (action) {
            case ASSIGN -> this == TO_ASSIGN ? TO_REPLY : this.isRunning() ? this : null;
            case DISCUSS -> this == TO_REPLY ? IN_DISCUSSION : null;
            case PLAN -> this == TO_REPLY || this == IN_DISCUSSION ? TO_IMPLEMENT : null;
            case COMPLETE -> this == TO_IMPLEMENT || kind.answeredDirectly() && (this == TO_REPLY
                    || this == IN_DISCUSSION) ? COMPLETED : null;
            case CLOSE -> {
                if (this == COMPLETED && kind.closesByCallback()) {
                    throw new ConflictException("error.task.closeByCallback", kind);
                }
                yield this == COMPLETED ? CLOSED : null;
            }
            case VOID -> this.isOpen() ? VOID : null;
            case INVALIDATE -> this == TO_ASSIGN || this == TO_REPLY ? INVALID : null;
            case REOPEN -> this == COMPLETED ? TO_IMPLEMENT : null;
            case WAIT_CUSTOMER -> this.isRunning() ? WAITING_CUSTOMER : null;
            case RESUME -> this != WAITING_CUSTOMER ? null
                    : waitedIn != null && waitedIn.isRunning() ? waitedIn : TO_REPLY;
            // issue 20: the split is corrected while the task runs; another department's supervisor assigns anew
            case RECATEGORISE -> this.isRunning() ? this : null;
            case TRANSFER -> this.isRunning() ? TO_ASSIGN : null;
        };
        if (next == null) {
            throw new ConflictException("error.task.illegalTransition", action, this);
        }
        return next;
    }
}
