package org.estatedesk.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.estatedesk.jobs.CheckpointedReader;

/**
 * Hands out the units of a billing run estate by estate (in the order of the request), each in id order, a page
 * at a time by keyset; a real run leaves out units billed already for the period. The checkpoint (in the chunk's
 * transaction, see {@link CheckpointedReader}) is the estate's position and the id of the last unit handed out.
 */
@Named
@Dependent
public class BillingUnitReader extends CheckpointedReader {
    private static final int PAGE = 1_000;

    @Inject
    BillingRunRepository billingRunRepository;

    @Inject
    @BatchProperty
    String partition;

    private BillingParameters run;
    private final Deque<BillingRunRepository.UnitToBill> page = new ArrayDeque<>();
    private int estate;
    private long firstId;
    private long maxId;
    private long lastId;
    private boolean exhausted;

    @Override
    protected void open(Properties parameters, long[] at) {
        run = BillingParameters.of(parameters);
        long[] range = run.bounds().get(part().isEmpty() ? 0 : Integer.parseInt(part()));
        firstId = Math.max(0, range[0] - 1);
        maxId = range[1];
        lastId = firstId;
        if (at != null) {
            estate = (int) at[0];
            lastId = at[1];
        }
    }

    @Override
    protected String part() {
        return partition == null || partition.isBlank() ? "" : partition;
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
            page.addAll(billingRunRepository.unitsToBill(run.estateIds().get(estate), run.period(), !run.dryRun(),
                    lastId, maxId, PAGE));
            exhausted = page.size() < PAGE;
        }
        BillingRunRepository.UnitToBill next = page.poll();
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    protected long[] position() {
        return new long[] {estate, lastId};
    }
}
