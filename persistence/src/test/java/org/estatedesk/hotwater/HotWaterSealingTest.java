package org.estatedesk.hotwater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.estatedesk.billing.MeterKind;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R3.8: a sealed hot-water meter takes no reading until it is unsealed. */
class HotWaterSealingTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");

    private static HotWaterSealing sealed() {
        HotWaterSealing s = new HotWaterSealing(1L, 2L, 3L, "A-1-0101", "业主王五", null, null, "assistant", AT);
        s.finalReading(new BigDecimal("112.50"), YearMonth.of(2026, 11), new BigDecimal("12.50"),
                new BigDecimal("312.50"), 9L, "assistant", AT);
        s.settled(BigDecimal.ZERO, AT);
        s.decide(true, "manager", null, AT);
        s.sealed("FD-0001", null, "tech", AT);
        return s;
    }

    @Test
    void aMeterIsReadUntilItIsSealed() {
        HotWaterSealing s = new HotWaterSealing(1L, 2L, 3L, "A-1-0101", "业主王五", null, null, "assistant", AT);
        s.refuseReading(MeterKind.HOT_WATER);
        s.finalReading(new BigDecimal("112.50"), YearMonth.of(2026, 11), new BigDecimal("12.50"),
                new BigDecimal("312.50"), 9L, "assistant", AT);
        s.refuseReading(MeterKind.HOT_WATER);
    }

    @Test
    void aSealedOrArchivedMeterRefusesHotWaterReadingsNamingTheSeal() {
        HotWaterSealing s = sealed();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> s.refuseReading(MeterKind.HOT_WATER));
        assertEquals("error.reading.sealed", e.messageKey());
        assertEquals("reading", e.field());
        assertEquals("A-1-0101", e.arguments()[0]);
        assertEquals("FD-0001", e.arguments()[1]);
        s.refuseReading(MeterKind.ELECTRICITY);
        s.archived(5L, "archivist", AT);
        assertTrue(s.getState().sealsMeter());
        assertThrows(RuleViolationException.class, () -> s.refuseReading(MeterKind.HOT_WATER));
    }

    @Test
    void anUnsealedMeterIsReadAgainAndOnlyASealedOneCanBeUnsealed() {
        HotWaterSealing s = sealed();
        s.unseal("业主回住", "tech", AT.plusDays(30));
        assertEquals(HotWaterSealing.State.UNSEALED, s.getState());
        assertEquals("tech", s.getUnsealedBy());
        s.refuseReading(MeterKind.HOT_WATER);
        assertThrows(ConflictException.class, () -> s.unseal(null, "tech", AT));
        HotWaterSealing agreed = new HotWaterSealing(1L, 2L, 3L, "A-1-0101", "业主王五", null, null, "a", AT);
        assertThrows(ConflictException.class, () -> agreed.unseal(null, "tech", AT));
    }
}
