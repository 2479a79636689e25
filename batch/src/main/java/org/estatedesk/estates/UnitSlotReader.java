package org.estatedesk.estates;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.estatedesk.jobs.CheckpointedReader;

/** Hands out the run's unit slots in a fixed order; the checkpoint is the index of the next slot. */
@Named
@Dependent
public class UnitSlotReader extends CheckpointedReader {
    @Inject
    EstateRepository estates;

    private UnitLayout layout;
    private List<String> buildingCodes;
    private long next;
    private long total;

    @Override
    protected void open(Properties parameters, long[] at) {
        layout = UnitLayout.of(parameters);
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
        next = at == null ? 0 : at[0];
    }

    @Override
    public Object readItem() {
        return next < total ? UnitSlot.at(layout, next++, buildingCodes) : null;
    }

    @Override
    protected long[] position() {
        return new long[] {next};
    }
}
