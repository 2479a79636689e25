package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A company's zone is Asia/Shanghai until a company can choose another; its day turns at 16:00 UTC. */
class CompanyZonesTest {
    private final CompanyZones zones = new CompanyZones();

    @Test
    void everyCompanyLivesInChinaStandardTime() {
        assertEquals(ZoneId.of("Asia/Shanghai"), Zones.DEFAULT_ZONE);
        assertEquals(Zones.DEFAULT_ZONE, zones.zone());
        assertEquals(Zones.DEFAULT_ZONE, zones.zone(1L));
        assertEquals(Zones.DEFAULT_ZONE, zones.zone(null), "no company: the default");
    }

    @Test
    void theCompanysDayBeginsAtMidnightInItsZoneNotInUtc() {
        Clock beforeMidnight = Clock.fixed(Instant.parse("2026-12-07T15:59:59Z"), ZoneId.of("UTC"));
        Clock atMidnight = Clock.fixed(Instant.parse("2026-12-07T16:00:00Z"), ZoneId.of("UTC"));
        assertEquals(LocalDate.of(2026, 12, 7), LocalDate.now(beforeMidnight.withZone(zones.zone(7L))));
        assertEquals(LocalDate.of(2026, 12, 8), LocalDate.now(atMidnight.withZone(zones.zone(7L))));
    }

    @Test
    void theProducedClockIsTheSystemClockInUtc() {
        Clock clock = new TimeSource().clock();
        assertEquals(ZoneId.of("Z"), clock.getZone());
        long drift = Math.abs(clock.millis() - Instant.now(Clock.systemUTC()).toEpochMilli());
        assertEquals(true, drift < 5_000, "the system clock: " + drift + " ms apart");
    }
}
