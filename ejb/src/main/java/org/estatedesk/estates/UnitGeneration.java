package org.estatedesk.estates;

import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.shared.RuleViolationException;

/**
 * A request to create a building's units in one step (R0.3): entrances × floors × units per floor, numbered by a
 * pattern, all of one type and area. The same layout applied to many buildings at once is the unit-generation
 * batch job's request.
 */
public record UnitGeneration(long buildingId, List<String> entrances, int fromFloor, int toFloor, int unitsPerFloor,
        String pattern, UnitType type, BigDecimal area) {
    /** The most units one interactive call creates; larger layouts go through the batch job. */
    public static final int MAX_UNITS = 20_000;

    /** The entrance codes, "1" when none were given. */
    public List<String> entranceCodes() {
        return entrances == null || entrances.isEmpty() ? List.of("1") : entrances.stream().map(String::trim).toList();
    }

    public UnitNumberPattern numberPattern() {
        return new UnitNumberPattern(pattern == null || pattern.isBlank() ? UnitNumberPattern.DEFAULT : pattern);
    }

    /** Units per building. */
    public long unitsPerBuilding() {
        return (long) entranceCodes().size() * (toFloor - fromFloor + 1) * unitsPerFloor;
    }

    /** Checks the layout's own rules (R0.3); the pattern is checked by parsing it. Returns the parsed pattern. */
    public UnitNumberPattern validate() {
        UnitNumberPattern parsed = numberPattern();
        if (fromFloor < 1 || toFloor < fromFloor) {
            throw new RuleViolationException("error.generation.floors", "toFloor");
        }
        if (unitsPerFloor < 1 || unitsPerFloor > 99) {
            throw new RuleViolationException("error.generation.perFloor", "unitsPerFloor");
        }
        if (type == null) {
            throw new RuleViolationException("error.required", "type");
        }
        if (area == null || area.signum() <= 0 || area.scale() > 2
                || area.compareTo(new BigDecimal("99999999.99")) > 0) {
            throw new RuleViolationException("error.unit.area", "area");
        }
        for (String code : entranceCodes()) {
            if (!code.matches("[A-Za-z0-9]{1,20}")) {
                throw new RuleViolationException("validation.code", "entrances");
            }
        }
        return parsed;
    }
}
