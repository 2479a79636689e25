package org.estatedesk.archives;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.estatedesk.jobs.CheckpointedReader;

/**
 * Hands out the units of an audit estate by estate (in the audit's order), each in id order, a page at a time by
 * keyset. The checkpoint is the estate's position and the id of the last unit handed out.
 */
@Named
@Dependent
public class AuditUnitReader extends CheckpointedReader {
    private static final int PAGE = 1_000;

    @Inject
    ArchiveAuditRepository audits;

    private AuditParameters run;
    private final Deque<ArchiveAuditRule.UnitToAudit> page = new ArrayDeque<>();
    private int estate;
    private long lastId;
    private boolean exhausted;

    @Override
    protected void open(Properties parameters, long[] at) {
        run = AuditParameters.of(parameters);
        if (at != null) {
            estate = (int) at[0];
            lastId = at[1];
        }
    }

    @Override
    public Object readItem() {
        while (page.isEmpty() && estate < run.estateIds().size()) {
            if (exhausted) {
                estate++;
                lastId = 0;
                exhausted = false;
                continue;
            }
            page.addAll(audits.units(run.estateIds().get(estate), lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        ArchiveAuditRule.UnitToAudit next = page.poll();
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
