package org.estatedesk.jobs;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A run as users see it: its state (the batch status of its latest execution: STARTING, STARTED, STOPPING,
 * STOPPED, FAILED, COMPLETED, ABANDONED), items done of the total, and when it started and ended.
 */
public record JobRunView(long id, String jobName, String state, long itemsTotal, long itemsDone, Long companyId,
        Long estateId, String description, String submittedBy, OffsetDateTime submittedAt, OffsetDateTime startedAt,
        OffsetDateTime endedAt, String exitStatus) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean isRunning() {
        return "STARTING".equals(state) || "STARTED".equals(state) || "STOPPING".equals(state);
    }

    public boolean isRestartable() {
        return "FAILED".equals(state) || "STOPPED".equals(state);
    }

    /**
     * The state in the API's words: STARTING, STARTED, COMPLETED, FAILED, STOPPED (a stopping run is still STARTED,
     * an abandoned one STOPPED).
     */
    public String apiState() {
        return switch (state) {
            case "STOPPING" -> "STARTED";
            case "ABANDONED" -> "STOPPED";
            default -> state;
        };
    }

    /** Percent done, 0–100. */
    public int percent() {
        return itemsTotal == 0 ? 100 : (int) Math.min(100, itemsDone * 100 / itemsTotal);
    }
}
