package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One delta of the task counters (issue 3's task list): {@code n} tasks more (or fewer) of an estate in a state,
 * within one bucket of task ids. A task's creation adds +1, a change of state -1 and +1; a timer folds the deltas of
 * each (estate, state, bucket) into one row. The sum over the visible estates is the list's total, and the sums per
 * bucket tell in which block of ids a deep page starts.
 */
@Entity
@Table(name = "task_count")
public class TaskCount {
    /** Task ids per bucket: 2^14 = 16,384, so that a deep page skips at most that many rows of its bucket. */
    public static final int BUCKET_BITS = 14;

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

    @Column(nullable = false)
    private long n;

    protected TaskCount() {
    }

    TaskCount(long estateId, TaskState state, long taskId, long n) {
        this.estateId = estateId;
        this.state = state;
        this.bucket = bucketOf(taskId);
        this.n = n;
    }

    public static int bucketOf(long taskId) {
        return (int) (taskId >> BUCKET_BITS);
    }

    /** The first task id of a bucket. */
    public static long firstId(long bucket) {
        return bucket << BUCKET_BITS;
    }
}
