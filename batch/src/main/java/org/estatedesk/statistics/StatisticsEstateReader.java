package org.estatedesk.statistics;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.estatedesk.jobs.JobParameters;

/** Hands out the run's estate ids in order; the checkpoint is how many were handed out. */
@Named
@Dependent
public class StatisticsEstateReader extends AbstractItemReader {
    @Inject
    JobContext job;

    private List<Long> estateIds;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        String ids = JobParameters.get(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()),
                "estateIds", "");
        estateIds = ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
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
