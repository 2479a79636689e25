package org.estatedesk.billing;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

/** Hands out the ids of a company's unpaid bills past due and grace, in id order; the checkpoint is the last id. */
@Named
@Dependent
public class LateFeeBillReader extends AbstractItemReader {
    private static final int PAGE = 1_000;

    @Inject
    JobContext job;

    @Inject
    BillingRepository billing;

    private long companyId;
    private LocalDate dueBefore;
    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        companyId = Long.parseLong(p.getProperty("companyId"));
        dueBefore = LocalDate.parse(p.getProperty("asOf")).minusDays(Integer.parseInt(p.getProperty("graceDays")));
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(billing.overdueBillIds(companyId, dueBefore, lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
