package org.estatedesk.estates;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates one chunk of units in the chunk's transaction, which also commits the reader's checkpoint: entrances on
 * first use, the units, and the estate's unit count in one update. The run starts only on buildings without units
 * and a restart resumes after the last committed chunk, so no code is written twice; the database's unique key on
 * (estate, code) would fail the chunk if one were.
 */
@Named
@Dependent
public class UnitWriter extends AbstractItemWriter {
    @Inject
    JobContext job;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    private UnitLayout layout;
    private UnitNumberPattern pattern;
    private final Map<String, Long> entranceIds = new HashMap<>();

    @Override
    public void open(Serializable checkpoint) {
        layout = UnitLayout.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        pattern = layout.layout().numberPattern();
    }

    @Override
    public void writeItems(List<Object> items) {
        Estate estate = estates.byId(layout.estateId())
                .orElseThrow(() -> new IllegalStateException("estate " + layout.estateId() + " is gone"));
        UnitGeneration g = layout.layout();
        List<Unit> chunk = new ArrayList<>(items.size());
        for (Object item : items) {
            UnitSlot s = (UnitSlot) item;
            Long entranceId = entranceIds.computeIfAbsent(s.buildingId() + "/" + s.entrance(),
                    k -> estates.entrance(s.buildingId(), s.entrance()).getId());
            chunk.add(new Unit(estate, s.buildingId(), entranceId, s.floor(),
                    pattern.format(s.buildingCode(), s.entrance(), s.floor(), s.position()), g.type(), g.area()));
        }
        units.storeAll(chunk);
        estates.addUnits(estate.getId(), chunk.size());
    }
}
