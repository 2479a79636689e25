package org.estatedesk.estates;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request to create a building's units in one step (R0.3): entrances × floors × units per floor, numbered by a
 * pattern, all of one type and area.
 */
public record UnitGeneration(long buildingId, List<String> entrances, int fromFloor, int toFloor, int unitsPerFloor,
        String pattern, UnitType type, BigDecimal area) {
    public static final int MAX_UNITS = 20_000;
}
