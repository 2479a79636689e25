package org.estatedesk.jobs;

import java.util.Properties;

/**
 * Job parameters longer than the job repository keeps: Liberty's batch store holds a parameter value in
 * varchar(255) (a run for 100 buildings or many estates failed to start on PostgreSQL), so a long value is stored
 * in pieces under {@code key}, {@code key.1}, {@code key.2} … and put together again when read.
 */
public final class JobParameters {
    /**
     * The parameter every run's job gets from {@link JobRunService}: the id of its row in job_run, by which its
     * artifacts find the run's checkpoints and totals.
     */
    public static final String RUN_ID = "runId";

    /** The longest piece, well inside the store's 255 characters. */
    static final int PIECE = 200;

    private JobParameters() {
    }

    public static void put(Properties p, String key, String value) {
        int pieces = Math.max(1, (value.length() + PIECE - 1) / PIECE);
        for (int i = 0; i < pieces; i++) {
            String piece = value.substring(i * PIECE, Math.min(value.length(), (i + 1) * PIECE));
            p.setProperty(i == 0 ? key : key + "." + i, piece);
        }
    }

    /** The value put together from its pieces, or {@code defaultValue} when there is none. */
    public static String get(Properties p, String key, String defaultValue) {
        String first = p.getProperty(key);
        if (first == null) {
            return defaultValue;
        }
        StringBuilder sb = new StringBuilder(first);
        for (int i = 1; p.getProperty(key + "." + i) != null; i++) {
            sb.append(p.getProperty(key + "." + i));
        }
        return sb.toString();
    }
}
