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
