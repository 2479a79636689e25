package org.estatedesk.estates;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Hands out the run's unit slots in a fixed order; the checkpoint is the index of the next slot. */
@Named
@Dependent
public class UnitSlotReader extends AbstractItemReader {
    @Inject
    JobContext job;

    @Inject
    EstateRepository estates;

    private UnitLayout layout;
    private List<String> buildingCodes;
    private long next;
    private long total;

    @Override
    public void open(Serializable checkpoint) {
        layout = UnitLayout.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        Map<Long, String> codes = estates.buildings(layout.estateId()).stream()
                .collect(Collectors.toMap(Building::getId, Building::getCode, (a, b) -> a));
        buildingCodes = layout.buildingIds().stream().map(id -> {
            String code = codes.get(id);
            if (code == null) {
                throw new IllegalStateException("building " + id + " is no longer in estate " + layout.estateId());
            }
            return code;
        }).toList();
        total = layout.total();
        next = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < total ? layout.slot(next++, buildingCodes) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
