package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.estatedesk.shared.HistoryEntry;

/** One step in a task's history (R1.6): who did what, when, from which state to which, and why. */
@Entity
@Table(name = "task_event")
public class TaskEvent extends HistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_event_seq")
    @SequenceGenerator(name = "task_event_seq", sequenceName = "task_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    /** A {@link TaskAction} name, or CREATE / CALLBACK. */
    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private TaskState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private TaskState toState;

    private String assignee;

    /**
     * A hop (issue 20): where the task was before RECATEGORISE (the category's id) or TRANSFER (the department);
     * null for other lines.
     */
    @Column(name = "hop_from", length = 100)
    private String hopFrom;

    /** Where the hop took the task: the new category's id, or the new department. */
    @Column(name = "hop_to", length = 100)
    private String hopTo;

    protected TaskEvent() {
    }

    TaskEvent(long taskId, OffsetDateTime at, String actor, String action, TaskState from, TaskState to,
            String assignee, String comment) {
        super(at, actor, note(comment));
        this.taskId = taskId;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.assignee = assignee;
    }

    /** A hop of the task (RECATEGORISE or TRANSFER) from one category or department to another, and why. */
    static TaskEvent hop(long taskId, OffsetDateTime at, String actor, TaskAction action, TaskState from, TaskState to,
            String hopFrom, String hopTo, String reason) {
        TaskEvent e = new TaskEvent(taskId, at, actor, action.name(), from, to, null, reason);
        e.hopFrom = hopFrom;
        e.hopTo = hopTo;
        return e;
    }

    /** Whether this line is a hop: {@link #getHopFrom} and {@link #getHopTo} say from where to where. */
    public boolean isHop() {
        return hopTo != null;
    }

    public String getHopFrom() {
        return hopFrom;
    }

    public String getHopTo() {
        return hopTo;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getAction() {
        return action;
    }

    public TaskState getFromState() {
        return fromState;
    }

    public TaskState getToState() {
        return toState;
    }

    public String getAssignee() {
        return assignee;
    }
}
