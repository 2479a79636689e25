package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 20: a time a person reads is the company's wall-clock time, whatever offset the instant came with. */
class TimeFormatTest {
    private static final ZoneId CHINA = Zones.DEFAULT_ZONE;
    /** 20:05 UTC on 7 December is 04:05 on 8 December in China. */
    private static final OffsetDateTime LATE_EVENING_UTC = OffsetDateTime.of(2026, 12, 7, 20, 5, 9, 0, ZoneOffset.UTC);

    @Test
    void anInstantIsWrittenInTheCompanysZone() {
        assertEquals("2026-12-08 04:05", TimeFormat.MINUTE.format(LATE_EVENING_UTC, CHINA));
        assertEquals("2026-12-08 04:05:09", TimeFormat.SECOND.format(LATE_EVENING_UTC, CHINA));
        assertEquals("2026-12-08", TimeFormat.DAY.format(LATE_EVENING_UTC, CHINA), "China's day, not UTC's");
        assertEquals("12-08 04:05", TimeFormat.SHORT.format(LATE_EVENING_UTC, CHINA));
        assertEquals("2026-12-08 04:05", TimeFormat.MINUTE.format(LATE_EVENING_UTC.toInstant(), CHINA));
        assertEquals("2026-12-08 04:05", TimeFormat.MINUTE.format(
                LATE_EVENING_UTC.atZoneSameInstant(ZoneId.of("Europe/Berlin")), CHINA));
        assertEquals("2026-12-08 04:05", TimeFormat.MINUTE.format(
                LATE_EVENING_UTC.withOffsetSameInstant(ZoneOffset.ofHours(8)), CHINA), "the offset it came with is irrelevant");
        assertEquals("2026-12-07 21:05", TimeFormat.MINUTE.format(LATE_EVENING_UTC, ZoneId.of("Europe/Berlin")),
                "another company's zone");
    }

    @Test
    void aWallClockValueIsWrittenAsItIs() {
        assertEquals("2026-12-07 20:05", TimeFormat.MINUTE.format(LocalDateTime.of(2026, 12, 7, 20, 5), CHINA));
        assertEquals("2026-12-07", TimeFormat.DAY.format(LocalDate.of(2026, 12, 7), CHINA));
        assertEquals("2026-12-07", TimeFormat.MINUTE.format(LocalDate.of(2026, 12, 7), CHINA), "a day has no time");
    }

    @Test
    void nothingIsEmptyAndANonTimeIsRefused() {
        assertEquals("", TimeFormat.MINUTE.format(null, CHINA));
        assertThrows(IllegalArgumentException.class, () -> TimeFormat.MINUTE.format("2026-12-07", CHINA));
    }
}
