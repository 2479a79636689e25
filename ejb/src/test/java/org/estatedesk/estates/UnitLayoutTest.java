package org.estatedesk.estates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The unit-generation job's parameters (R0.3) survive the job repository and say how many units the run makes. */
class UnitLayoutTest {
    private static final UnitGeneration LAYOUT = new UnitGeneration(0, List.of("1", "2"), 2, 11, 4, "{floor}{nn}",
            UnitType.SHOP, new BigDecimal("56.70"));

    @Test
    void theLayoutIsReadBackAsItWasWritten() {
        UnitLayout written = new UnitLayout(42, List.of(7L, 8L, 9L), LAYOUT);
        UnitLayout read = UnitLayout.of(written.toProperties());
        assertEquals(written, read);
    }

    @Test
    void theDefaultPatternIsWrittenOutSoTheJobNeedsNoDefaults() {
        UnitGeneration defaults = new UnitGeneration(0, null, 1, 3, 2, null, UnitType.RESIDENCE, BigDecimal.TEN);
        Properties p = new UnitLayout(1, List.of(5L), defaults).toProperties();
        assertEquals(UnitNumberPattern.DEFAULT, p.getProperty("pattern"));
        assertEquals("1", p.getProperty("entrances"));
        assertEquals(List.of("1"), UnitLayout.of(p).layout().entrances());
    }

    @Test
    void aHundredBuildingsFitTheJobRepositorysColumns() {
        List<Long> buildings = new ArrayList<>(LongStream.rangeClosed(1_000_001, 1_000_100).boxed().toList());
        Properties p = new UnitLayout(3, buildings, LAYOUT).toProperties();
        p.stringPropertyNames().forEach(k -> assertEquals(true, p.getProperty(k).length() <= 255, k));
        assertEquals(buildings, UnitLayout.of(p).buildingIds());
    }

    @Test
    void theTotalIsBuildingsTimesUnitsPerBuilding() {
        assertEquals(3L * 2 * 10 * 4, new UnitLayout(1, List.of(1L, 2L, 3L), LAYOUT).total());
        assertEquals(0, new UnitLayout(1, List.of(), LAYOUT).total());
    }
}
