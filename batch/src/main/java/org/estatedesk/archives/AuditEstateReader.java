package org.estatedesk.archives;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Hands out the audit's estate ids in order (the estate-wide checks); the checkpoint is how many were handed out. */
@Named
@Dependent
public class AuditEstateReader extends AbstractItemReader {
    @Inject
    JobContext job;

    private List<Long> estateIds;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        estateIds = AuditParameters.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId())).estateIds();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < estateIds.size() ? estateIds.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
