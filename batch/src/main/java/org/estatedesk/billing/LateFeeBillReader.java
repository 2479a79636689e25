package org.estatedesk.billing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.estatedesk.jobs.CheckpointedReader;

/** Hands out the ids of a company's unpaid bills past due and grace, in id order; the checkpoint is the last id. */
@Named
@Dependent
public class LateFeeBillReader extends CheckpointedReader {
    private static final int PAGE = 1_000;

    @Inject
    BillRepository billRepository;

    private long companyId;
    private LocalDate dueBefore;
    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    protected void open(Properties p, long[] at) {
        companyId = Long.parseLong(p.getProperty("companyId"));
        dueBefore = LocalDate.parse(p.getProperty("asOf")).minusDays(Integer.parseInt(p.getProperty("graceDays")));
        lastId = at == null ? 0 : at[0];
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(billRepository.overdueBillIds(companyId, dueBefore, lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    protected long[] position() {
        return new long[] {lastId};
    }
}
