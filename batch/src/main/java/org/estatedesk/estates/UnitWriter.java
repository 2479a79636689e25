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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates one chunk of units in the chunk's transaction: entrances on first use, units whose code does not exist
 * yet (a restarted chunk or a code made by hand is skipped), and the estate's unit count in one update.
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
        Set<String> existing = new HashSet<>(units.existingCodes(estate.getId(),
                chunk.stream().map(Unit::getCode).toList()));
        List<Unit> fresh = chunk.stream().filter(u -> !existing.contains(u.getCode())).toList();
        units.storeAll(fresh);
        if (!fresh.isEmpty()) {
            estates.addUnits(estate.getId(), fresh.size());
        }
    }
}
