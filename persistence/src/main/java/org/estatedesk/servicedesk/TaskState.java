package org.estatedesk.servicedesk;

import java.util.EnumSet;
import java.util.Set;
import org.estatedesk.shared.ConflictException;

/**
 * Task states (R1.6): to-assign → to-reply → solution-under-discussion → to-implement → completed → closed, and
 * void and invalid-request. {@link #after} holds every allowed transition; anything else is refused.
 */
public enum TaskState {
    TO_ASSIGN, TO_REPLY, IN_DISCUSSION, TO_IMPLEMENT, COMPLETED, CLOSED, VOID, INVALID;

    /** States in which the task is still being worked on, so its due time counts. */
    public static final Set<TaskState> OPEN = EnumSet.of(TO_ASSIGN, TO_REPLY, IN_DISCUSSION, TO_IMPLEMENT);

    /** States after which nothing more happens to the task. */
    public static final Set<TaskState> FINAL = EnumSet.of(CLOSED, VOID, INVALID);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /**
     * The state a task of the given kind reaches by the action, or a {@link ConflictException} when the action is
     * not allowed in this state. Assigning again while the work is under way keeps the state (a new technician).
     */
    public TaskState after(TaskAction action, TaskKind kind) {
        TaskState next = switch (action) {
            case ASSIGN -> this == TO_ASSIGN ? TO_REPLY : this.isOpen() ? this : null;
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
        };
        if (next == null) {
            throw new ConflictException("error.task.illegalTransition", action, this);
        }
        return next;
    }
}
