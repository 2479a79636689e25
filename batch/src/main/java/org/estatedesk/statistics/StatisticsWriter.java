package org.estatedesk.statistics;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;

/**
 * Computes one chunk of estates' figures of the month with the repository's grouped queries (all the chunk's
 * estates in each statement) and replaces their snapshots, in the chunk's transaction: an estate's old snapshot is
 * gone only together with the new one being stored.
 */
@Named
@Dependent
public class StatisticsWriter extends AbstractItemWriter {
    @Inject
    Clock clock;

    @Inject
    JobContext job;

    @Inject
    StatisticsRepository statistics;

    private long runId;
    private YearMonth period;
    private long failAfter;
    private boolean mayFail;
    private long done;

    @Override
    public void open(Serializable checkpoint) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties p = operator.getParameters(job.getExecutionId());
        runId = Long.parseLong(p.getProperty(JobParameters.RUN_ID));
        period = YearMonth.parse(p.getProperty("period"));
        failAfter = Long.parseLong(p.getProperty("failAfterEstates", "0"));
        mayFail = failAfter > 0
                && operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() == 1;
        done = 0;
    }

    @Override
    public void writeItems(List<Object> items) {
        if (mayFail && done + items.size() > failAfter) {
            throw new IllegalStateException("statistics run " + runId + " fails after " + done
                    + " estates, as the test asked (failAfterEstates)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (MonthlyFigures f : statistics.compute(items.stream().map(i -> (Long) i).toList(), period)) {
            statistics.replace(f, runId, now);
        }
        done += items.size();
    }
}
