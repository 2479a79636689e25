package org.estatedesk.estates;

import java.io.Serializable;
import java.util.List;

/** One unit to create: its building, entrance, floor and position on the floor. */
public record UnitSlot(long buildingId, String buildingCode, String entrance, int floor, int position)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The slot at an index of the run's fixed order: building, entrance, floor, position. */
    static UnitSlot at(UnitLayout run, long index, List<String> buildingCodes) {
        UnitGeneration layout = run.layout();
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
        return new UnitSlot(run.buildingIds().get(b), buildingCodes.get(b), entrances.get(e), floor, position);
    }
}
