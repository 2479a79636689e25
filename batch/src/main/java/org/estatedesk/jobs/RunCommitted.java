package org.estatedesk.jobs;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Holds a job's start until the transaction that started it has committed: {@link JobRunService#start} writes the
 * run's row (and its caller the run's request rows) in the caller's transaction and asks the batch runtime to start
 * the job in that same transaction, so on a busy machine the job's first chunk could otherwise write rows that refer
 * to a run not yet committed (a foreign-key violation, seen under load). Polls for the run's row before the first
 * step, at most 60 s; a restart finds it at once.
 */
@Named
@Dependent
public class RunCommitted extends AbstractJobListener {
    private static final Logger LOG = Logger.getLogger(RunCommitted.class.getName());
    private static final long MAX_WAIT_MILLIS = 60_000;

    @Inject
    @BatchProperty
    String runId;

    @Resource(lookup = "jdbc/estatedesk")
    DataSource dataSource;

    @Override
    public void beforeJob() throws Exception {
        if (runId == null || runId.isBlank()) {
            return;
        }
        long id = Long.parseLong(runId);
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        long pause = 10;
        while (!committed(id)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("job run " + id + " was never committed");
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 200);
        }
        if (pause > 10) {
            LOG.fine(() -> "job run " + id + " committed after waiting");
        }
    }

    private boolean committed(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from job_run where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
