package org.estatedesk.estates;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;

/**
 * The unit-generation job's parameters: the estate, its buildings (ids in order) and the layout. Written by
 * {@link UnitGenerationJobs} and read back by the job's reader and writer.
 */
record UnitLayout(long estateId, List<Long> buildingIds, UnitGeneration layout) {
    Properties toProperties() {
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

    static UnitLayout of(Properties p) {
        List<Long> buildings = Arrays.stream(JobParameters.get(p, "buildingIds", "").split(",")).map(Long::valueOf)
                .toList();
        UnitGeneration layout = new UnitGeneration(0, List.of(JobParameters.get(p, "entrances", "1").split(",")),
                Integer.parseInt(p.getProperty("fromFloor")), Integer.parseInt(p.getProperty("toFloor")),
                Integer.parseInt(p.getProperty("unitsPerFloor")), p.getProperty("pattern"),
                UnitType.valueOf(p.getProperty("type")), new BigDecimal(p.getProperty("area")));
        return new UnitLayout(Long.parseLong(p.getProperty("estateId")), buildings, layout);
    }

    long total() {
        return buildingIds.size() * layout.unitsPerBuilding();
    }

    /** The slot at an index of the run's fixed order: building, entrance, floor, position. */
    UnitSlot slot(long index, List<String> buildingCodes) {
        List<String> entrances = layout.entranceCodes();
        int perFloor = layout.unitsPerFloor();
        int floors = layout.toFloor() - layout.fromFloor() + 1;
        long perEntrance = (long) floors * perFloor;
        long perBuilding = perEntrance * entrances.size();
        int b = (int) (index / perBuilding);
        long inBuilding = index % perBuilding;
        int e = (int) (inBuilding / perEntrance);
        long inEntrance = inBuilding % perEntrance;
        int floor = layout.fromFloor() + (int) (inEntrance / perFloor);
        int position = (int) (inEntrance % perFloor) + 1;
        return new UnitSlot(buildingIds.get(b), buildingCodes.get(b), entrances.get(e), floor, position);
    }
}
