package org.estatedesk.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out the units of a billing run estate by estate (in the order of the request), each in id order, a page
 * at a time by keyset; a real run leaves out units billed already for the period. The checkpoint is the estate's
 * position and the id of the last unit handed out.
 */
@Named
@Dependent
public class BillingUnitReader extends AbstractItemReader {
    private static final int PAGE = 1_000;

    @Inject
    JobContext job;

    @Inject
    BillingRepository billing;

    @Inject
    @BatchProperty
    String partition;

    private BillingParameters run;
    private final Deque<BillingRepository.UnitToBill> page = new ArrayDeque<>();
    private int estate;
    private long firstId;
    private long maxId;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        run = BillingParameters.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        long[] range = run.bounds().get(partition == null || partition.isBlank() ? 0 : Integer.parseInt(partition));
        firstId = Math.max(0, range[0] - 1);
        maxId = range[1];
        lastId = firstId;
        if (checkpoint instanceof long[] at) {
            estate = (int) at[0];
            lastId = at[1];
        }
    }

    @Override
    public Object readItem() {
        while (page.isEmpty() && estate < run.estateIds().size()) {
            if (exhausted) {
                estate++;
                lastId = firstId;
                exhausted = false;
                continue;
            }
            page.addAll(billing.unitsToBill(run.estateIds().get(estate), run.period(), !run.dryRun(), lastId,
                    maxId, PAGE));
            exhausted = page.size() < PAGE;
        }
        BillingRepository.UnitToBill next = page.poll();
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return new long[] {estate, lastId};
    }
}
