package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T09:15:00+08:00");
    private final SlaPolicy sla = SlaPolicy.DEFAULT;

    @Test
    void theFixedTiersCountFromCreation() {
        assertEquals(NOW.plusMinutes(30), sla.dueAt(SlaTier.GENERAL, NOW, null));
        assertEquals(NOW.plusHours(3), sla.dueAt(SlaTier.COMPLEX, NOW, null));
        assertEquals(NOW.plusDays(3), sla.dueAt(SlaTier.DIFFICULT, NOW, null));
    }

    @Test
    void aCompanysParametersChangeTheDurations() {
        SlaPolicy own = new SlaPolicy(Duration.ofMinutes(20), Duration.ofHours(4), Duration.ofDays(5));
        assertEquals(NOW.plusMinutes(20), own.dueAt(SlaTier.GENERAL, NOW, null));
        assertEquals(NOW.plusDays(5), own.dueAt(SlaTier.DIFFICULT, NOW, null));
    }

    @Test
    void specialNeedsAnAgreedTimeInTheFuture() {
        OffsetDateTime agreed = NOW.plusDays(10);
        assertEquals(agreed, sla.dueAt(SlaTier.SPECIAL, NOW, agreed));
        assertEquals("dueAt", assertThrows(RuleViolationException.class,
                () -> sla.dueAt(SlaTier.SPECIAL, NOW, null)).field());
        assertThrows(RuleViolationException.class, () -> sla.dueAt(SlaTier.SPECIAL, NOW, NOW.minusMinutes(1)));
        assertThrows(RuleViolationException.class, () -> sla.dueAt(SlaTier.GENERAL, NOW, agreed));
    }

    @Test
    void theTierComesFromTheRequestTheAgreedTimeAnEmergencyOrTheCategory() {
        assertEquals(SlaTier.COMPLEX, sla.tierFor(SlaTier.COMPLEX, null, true, SlaTier.DIFFICULT));
        assertEquals(SlaTier.SPECIAL, sla.tierFor(null, NOW.plusDays(1), false, SlaTier.GENERAL));
        assertEquals(SlaTier.GENERAL, sla.tierFor(null, null, true, SlaTier.DIFFICULT));
        assertEquals(SlaTier.DIFFICULT, sla.tierFor(null, null, false, SlaTier.DIFFICULT));
    }
}
