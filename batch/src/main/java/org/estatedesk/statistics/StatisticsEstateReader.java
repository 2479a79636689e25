package org.estatedesk.statistics;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.CheckpointedReader;
import org.estatedesk.jobs.JobParameters;

/** Hands out the run's estate ids in order; the checkpoint is how many were handed out. */
@Named
@Dependent
public class StatisticsEstateReader extends CheckpointedReader {
    private List<Long> estateIds;
    private int next;

    @Override
    protected void open(Properties parameters, long[] at) {
        String ids = JobParameters.get(parameters, "estateIds", "");
        estateIds = ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
        next = at == null ? 0 : (int) at[0];
    }

    @Override
    public Object readItem() {
        return next < estateIds.size() ? estateIds.get(next++) : null;
    }

    @Override
    protected long[] position() {
        return new long[] {next};
    }
}
