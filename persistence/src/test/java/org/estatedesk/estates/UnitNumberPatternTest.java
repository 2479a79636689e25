package org.estatedesk.estates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class UnitNumberPatternTest {
    @Test
    void defaultPatternNumbersBuildingEntranceFloorAndPosition() {
        UnitNumberPattern p = new UnitNumberPattern(UnitNumberPattern.DEFAULT);
        assertEquals("3-2-1204", p.format("3", "2", 12, 4));
        assertEquals("3-2-101", p.format("3", "2", 1, 1));
    }

    @Test
    void paddedFloorAndPlainPosition() {
        assertEquals("A0305", new UnitNumberPattern("{building}{ff}{nn}").format("A", null, 3, 5));
        assertEquals("B-7-3", new UnitNumberPattern("{building}-{floor}-{n}").format("B", "1", 7, 3));
    }

    @Test
    void missingEntranceDoesNotLeaveDoubleDashes() {
        assertEquals("5-1801", new UnitNumberPattern(UnitNumberPattern.DEFAULT).format("5", "", 18, 1));
    }

    @Test
    void everyGeneratedCodeOfABuildingIsUnique() {
        UnitNumberPattern p = new UnitNumberPattern(UnitNumberPattern.DEFAULT);
        Set<String> codes = new HashSet<>();
        for (int entrance = 1; entrance <= 3; entrance++) {
            for (int floor = 1; floor <= 33; floor++) {
                for (int pos = 1; pos <= 8; pos++) {
                    codes.add(p.format("1", Integer.toString(entrance), floor, pos));
                }
            }
        }
        assertEquals(3 * 33 * 8, codes.size());
    }

    @Test
    void refusesPatternsThatCannotBeUnique() {
        assertThrows(RuleViolationException.class, () -> new UnitNumberPattern("{building}-{nn}"));
        assertThrows(RuleViolationException.class, () -> new UnitNumberPattern("{building}-{floor}"));
        assertThrows(RuleViolationException.class, () -> new UnitNumberPattern(""));
    }

    @Test
    void refusesUnknownTokensAndCharacters() {
        assertThrows(RuleViolationException.class, () -> new UnitNumberPattern("{tower}-{floor}{nn}"));
        assertThrows(RuleViolationException.class, () -> new UnitNumberPattern("{floor} {nn}"));
    }

    @Test
    void refusesFloorBelowOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new UnitNumberPattern(UnitNumberPattern.DEFAULT).format("1", "1", 0, 1));
    }
}
