package org.estatedesk.estates;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;

/**
 * The unit-generation job's parameters: the estate, its buildings (ids in order) and the layout. Written by
 * {@link UnitGenerationJobs} and read back by the job's reader and writer (batch module); here, beside the use case,
 * so that both sides share one definition.
 */
public record UnitLayout(long estateId, List<Long> buildingIds, UnitGeneration layout) {
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("estateId", String.valueOf(estateId));
        JobParameters.put(p, "buildingIds", String.join(",", buildingIds.stream().map(String::valueOf).toList()));
        JobParameters.put(p, "entrances", String.join(",", layout.entranceCodes()));
        p.setProperty("fromFloor", String.valueOf(layout.fromFloor()));
        p.setProperty("toFloor", String.valueOf(layout.toFloor()));
        p.setProperty("unitsPerFloor", String.valueOf(layout.unitsPerFloor()));
        p.setProperty("pattern", layout.numberPattern().toString());
        p.setProperty("type", layout.type().name());
        p.setProperty("area", layout.area().toPlainString());
        return p;
    }

    public static UnitLayout of(Properties p) {
        List<Long> buildings = Arrays.stream(JobParameters.get(p, "buildingIds", "").split(",")).map(Long::valueOf)
                .toList();
        UnitGeneration layout = new UnitGeneration(0, List.of(JobParameters.get(p, "entrances", "1").split(",")),
                Integer.parseInt(p.getProperty("fromFloor")), Integer.parseInt(p.getProperty("toFloor")),
                Integer.parseInt(p.getProperty("unitsPerFloor")), p.getProperty("pattern"),
                UnitType.valueOf(p.getProperty("type")), new BigDecimal(p.getProperty("area")));
        return new UnitLayout(Long.parseLong(p.getProperty("estateId")), buildings, layout);
    }

    public long total() {
        return buildingIds.size() * layout.unitsPerBuilding();
    }
}
