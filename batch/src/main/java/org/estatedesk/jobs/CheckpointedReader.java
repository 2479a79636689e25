package org.estatedesk.jobs;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Properties;

/**
 * A chunk reader whose checkpoint lives in the application's database ({@link JobCheckpoints}), written when the
 * batch runtime asks for the checkpoint — inside the chunk's transaction, before its commit. The server's own copy of
 * the checkpoint is not used: on the embedded database the job repository is another database file, kept out of the
 * chunk's transaction (a two-phase commit across the two files cost a third of the billing run's time), so its copy
 * may be ahead of the chunk's rows after a failed commit. A restart opens the reader at the position committed with
 * the last chunk.
 */
public abstract class CheckpointedReader extends AbstractItemReader {
    @Inject
    protected JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobCheckpoints checkpoints;

    private long runId;
    private String name;

    @Override
    public final void open(Serializable serverCopy) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        runId = Long.parseLong(parameters.getProperty(JobParameters.RUN_ID));
        name = step.getStepName() + (part().isEmpty() ? "" : "/" + part());
        open(parameters, checkpoints.load(runId, name));
    }

    /** Opens the reader at {@code position} (null: from the start) with the job's parameters. */
    protected abstract void open(Properties parameters, long[] position);

    /** The position after the last item handed out. */
    protected abstract long[] position();

    /** Tells apart the readers of one step's partitions; empty when the step has one. */
    protected String part() {
        return "";
    }

    @Override
    public final Serializable checkpointInfo() {
        long[] at = position();
        checkpoints.save(runId, name, at);
        return at;
    }
}
