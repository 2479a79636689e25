package org.estatedesk.archives;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.CheckpointedReader;

/** Hands out the audit's estate ids in order (the estate-wide checks); the checkpoint is how many were handed out. */
@Named
@Dependent
public class AuditEstateReader extends CheckpointedReader {
    private List<Long> estateIds;
    private int next;

    @Override
    protected void open(Properties parameters, long[] at) {
        estateIds = AuditParameters.of(parameters).estateIds();
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
