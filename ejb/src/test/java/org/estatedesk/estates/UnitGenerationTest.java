package org.estatedesk.estates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A building's layout for unit generation (R0.3): its size and the rules it is checked against. */
class UnitGenerationTest {
    private static UnitGeneration layout(List<String> entrances, int from, int to, int perFloor, String pattern,
            UnitType type, String area) {
        return new UnitGeneration(7, entrances, from, to, perFloor, pattern, type, area == null ? null
                : new BigDecimal(area));
    }

    private static UnitGeneration floors(int from, int to, int perFloor) {
        return layout(null, from, to, perFloor, null, UnitType.RESIDENCE, "88.00");
    }

    private static void refused(String key, String field, UnitGeneration g) {
        RuleViolationException e = assertThrows(RuleViolationException.class, g::validate);
        assertEquals(key, e.messageKey());
        assertEquals(field, e.field());
    }

    @Test
    void withoutEntrancesABuildingHasTheOneEntrance1AndCodesAreTrimmed() {
        assertEquals(List.of("1"), floors(1, 1, 1).entranceCodes());
        assertEquals(List.of("1"), layout(List.of(), 1, 1, 1, null, UnitType.RESIDENCE, "1").entranceCodes());
        assertEquals(List.of("A", "B"), layout(List.of(" A", "B "), 1, 1, 1, null, UnitType.SHOP, "1")
                .entranceCodes());
    }

    @Test
    void aBuildingHasEntrancesTimesFloorsTimesUnitsPerFloor() {
        assertEquals(1, floors(1, 1, 1).unitsPerBuilding());
        assertEquals(3 * 18 * 4, layout(List.of("1", "2", "3"), 1, 18, 4, null, UnitType.RESIDENCE, "90")
                .unitsPerBuilding());
        assertEquals(6, floors(5, 7, 2).unitsPerBuilding(), "floors 5, 6 and 7");
    }

    @Test
    void theDefaultPatternServesWhenNoneIsGiven() {
        assertEquals(UnitNumberPattern.DEFAULT, floors(1, 2, 2).validate().toString());
        assertEquals(UnitNumberPattern.DEFAULT, layout(null, 1, 2, 2, "  ", UnitType.RESIDENCE, "1").validate()
                .toString());
        assertEquals("{floor}{nn}", layout(null, 1, 2, 2, "{floor}{nn}", UnitType.RESIDENCE, "1").validate()
                .toString());
    }

    @Test
    void floorsStartAtOneAndRunUpwards() {
        floors(1, 1, 1).validate();
        refused("error.generation.floors", "toFloor", floors(0, 3, 1));
        refused("error.generation.floors", "toFloor", floors(4, 3, 1));
    }

    @Test
    void aFloorHasOneTo99Units() {
        floors(1, 1, 99).validate();
        refused("error.generation.perFloor", "unitsPerFloor", floors(1, 1, 0));
        refused("error.generation.perFloor", "unitsPerFloor", floors(1, 1, 100));
    }

    @Test
    void theAreaIsPositiveWithAtMostTwoDecimalsAndFitsItsColumn() {
        layout(null, 1, 1, 1, null, UnitType.RESIDENCE, "0.01").validate();
        layout(null, 1, 1, 1, null, UnitType.RESIDENCE, "99999999.99").validate();
        for (String area : new String[] {null, "0", "-1.00", "88.001", "100000000.00"}) {
            refused("error.unit.area", "area", layout(null, 1, 1, 1, null, UnitType.RESIDENCE, area));
        }
    }

    @Test
    void aTypeIsRequiredAndEntranceCodesAreShortLettersAndDigits() {
        refused("error.required", "type", layout(null, 1, 1, 1, null, null, "1"));
        layout(List.of("A1", "12345678901234567890"), 1, 1, 1, null, UnitType.RESIDENCE, "1").validate();
        refused("validation.code", "entrances", layout(List.of("A-1"), 1, 1, 1, null, UnitType.RESIDENCE, "1"));
        refused("validation.code", "entrances", layout(List.of("123456789012345678901"), 1, 1, 1, null,
                UnitType.RESIDENCE, "1"));
        refused("validation.code", "entrances", layout(List.of(" "), 1, 1, 1, null, UnitType.RESIDENCE, "1"));
    }

    @Test
    void aBadPatternIsRefusedBeforeTheLayout() {
        refused("error.pattern.unknownToken", "pattern", layout(null, 0, 0, 0, "{room}{nn}", UnitType.RESIDENCE,
                "1"));
    }
}
