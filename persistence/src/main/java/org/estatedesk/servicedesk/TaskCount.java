package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One delta of the task counters (issue 3's task list): {@code n} tasks more (or fewer) of an estate in a state,
 * within one bucket of task ids, under a tag. Tag {@value #ALL} counts every task; {@code u:<username>} the tasks
 * the user owns or is assigned to (the list's "mine"); {@value #ESCALATED} the escalated ones; {@value #DUE} the
 * running ones ({@link TaskState#RUNNING}: open and not waiting on the customer, the only ones that can be overdue) by
 * the day their due time falls on ({@code dueDay}, days since 1970-01-01 UTC), so that the overdue ones
 * are the sum of the days before today plus today's few counted on the task table. A task's creation adds +1 under
 * each of its tags, any change -1 under the tags it leaves and +1 under those it enters ({@link #keysOf}); a timer
 * folds the deltas of each key into one row. The sum over the visible estates is the list's total, and the sums per
 * bucket tell in which block of ids a deep page starts.
 */
@Entity
@Table(name = "task_count")
public class TaskCount {
    /** Task ids per bucket: 2^14 = 16,384, so that a deep page skips at most that many rows of its bucket. */
    public static final int BUCKET_BITS = 14;
    /** The tag that counts every task. */
    public static final String ALL = "";
    public static final String ESCALATED = "esc";
    public static final String DUE = "due";
    private static final long DAY_SECONDS = 86_400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskState state;

    @Column(nullable = false)
    private int bucket;

    @Column(nullable = false, length = 64)
    private String tag;

    @Column(name = "due_day", nullable = false)
    private int dueDay;

    @Column(nullable = false)
    private long n;

    protected TaskCount() {
    }

    TaskCount(long estateId, long taskId, Key key, long n) {
        this.estateId = estateId;
        this.state = key.state();
        this.bucket = bucketOf(taskId);
        this.tag = key.tag();
        this.dueDay = key.dueDay();
        this.n = n;
    }

    /** What a task is counted under, besides its estate and bucket. */
    public record Key(TaskState state, String tag, int dueDay) {
    }

    /** The counters a task belongs to in its present state: see the class comment. */
    static List<Key> keysOf(Task t) {
        List<Key> keys = new ArrayList<>(5);
        TaskState s = t.getState();
        keys.add(new Key(s, ALL, 0));
        if (t.getOwner() != null) {
            keys.add(new Key(s, user(t.getOwner()), 0));
        }
        if (t.getAssignee() != null && !t.getAssignee().equals(t.getOwner())) {
            keys.add(new Key(s, user(t.getAssignee()), 0));
        }
        if (t.isEscalated()) {
            keys.add(new Key(s, ESCALATED, 0));
        }
        if (s.isRunning()) {
            keys.add(new Key(s, DUE, dayOf(t.getDueAt())));
        }
        return keys;
    }

    /** The tag of a user's own tasks (first responder or assignee). */
    public static String user(String username) {
        return "u:" + username;
    }

    /** Days since 1970-01-01 UTC: the {@code due_day} of a due time. */
    public static int dayOf(OffsetDateTime t) {
        return (int) Math.floorDiv(t.toEpochSecond(), DAY_SECONDS);
    }

    /** The first instant of a {@link #dayOf day}. */
    public static OffsetDateTime startOf(int day) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(day * DAY_SECONDS), ZoneOffset.UTC);
    }

    public static int bucketOf(long taskId) {
        return (int) (taskId >> BUCKET_BITS);
    }

    /** The first task id of a bucket. */
    public static long firstId(long bucket) {
        return bucket << BUCKET_BITS;
    }
}
