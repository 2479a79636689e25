package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T09:15:00+08:00");
    private final SlaPolicy sla = SlaPolicy.DEFAULT;

    @Test
    void theFixedTiersCountFromCreation() {
        assertEquals(NOW.plusMinutes(30), sla.dueAt(SlaTier.GENERAL, NOW, null));
        assertEquals(NOW.plusHours(3), sla.dueAt(SlaTier.COMPLEX, NOW, null));
        assertEquals(NOW.plusDays(3), sla.dueAt(SlaTier.DIFFICULT, NOW, null), "Monday to Thursday");
    }

    @Test
    void aCompanysParametersChangeTheDurations() {
        SlaPolicy own = new SlaPolicy(Duration.ofMinutes(20), Duration.ofHours(4), Duration.ofDays(5));
        assertEquals(NOW.plusMinutes(20), own.dueAt(SlaTier.GENERAL, NOW, null));
        assertEquals(NOW.plusDays(7), own.dueAt(SlaTier.DIFFICULT, NOW, null), "5 working days: Monday to Monday");
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

    /** The State Council's 2026 National Day and Mid-Autumn break: 1–7 October off, Sunday 20 September and
     * Saturday 10 October worked (调休). */
    private static final Map<LocalDate, Boolean> NATIONAL_DAY_2026 = Map.of(LocalDate.of(2026, 9, 20), true,
            LocalDate.of(2026, 10, 1), false, LocalDate.of(2026, 10, 2), false, LocalDate.of(2026, 10, 5), false,
            LocalDate.of(2026, 10, 6), false, LocalDate.of(2026, 10, 7), false, LocalDate.of(2026, 10, 10), true);

    @Test
    void difficultCountsWorkingDaysOverTheWeekend() {
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");
        assertEquals(OffsetDateTime.parse("2026-12-02T10:00:00+08:00"),
                sla.dueAt(SlaTier.DIFFICULT, friday, null, Map.of()), "Wednesday");
        // hours and minutes stay on the clock, weekend or not
        assertEquals(friday.plusHours(3), sla.dueAt(SlaTier.COMPLEX, friday, null, NATIONAL_DAY_2026));
        assertEquals(friday.plusMinutes(30), sla.dueAt(SlaTier.GENERAL, friday, null, NATIONAL_DAY_2026));
    }

    @Test
    void difficultCountsWorkingDaysByTheCompanysCalendar() {
        // Wednesday 30 September: 1–7 October are holidays, then Thursday, Friday and the worked Saturday
        assertEquals(OffsetDateTime.parse("2026-10-10T16:30:00+08:00"), sla.dueAt(SlaTier.DIFFICULT,
                OffsetDateTime.parse("2026-09-30T16:30:00+08:00"), null, NATIONAL_DAY_2026));
        // received on the worked Sunday 20 September: Monday, Tuesday, Wednesday
        assertEquals(OffsetDateTime.parse("2026-09-23T09:00:00+08:00"), sla.dueAt(SlaTier.DIFFICULT,
                OffsetDateTime.parse("2026-09-20T09:00:00+08:00"), null, NATIONAL_DAY_2026));
        // received during the holiday: counted from the next working day, Thursday 8 October
        assertEquals(OffsetDateTime.parse("2026-10-12T11:00:00+08:00"), sla.dueAt(SlaTier.DIFFICULT,
                OffsetDateTime.parse("2026-10-03T11:00:00+08:00"), null, NATIONAL_DAY_2026));
        // without the calendar the same days would be Monday to Friday only
        assertEquals(OffsetDateTime.parse("2026-10-05T16:30:00+08:00"), sla.dueAt(SlaTier.DIFFICULT,
                OffsetDateTime.parse("2026-09-30T16:30:00+08:00"), null));
    }

    @Test
    void aTierOfWholeDaysCountsWorkingDaysAnyOtherOnTheClock() {
        SlaPolicy own = new SlaPolicy(Duration.ofMinutes(20), Duration.ofDays(1), Duration.ofHours(36));
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");
        assertEquals(OffsetDateTime.parse("2026-11-30T10:00:00+08:00"),
                own.dueAt(SlaTier.COMPLEX, friday, null, Map.of()));
        assertEquals(friday.plusHours(36), own.dueAt(SlaTier.DIFFICULT, friday, null, Map.of()));
        assertEquals(Duration.ZERO, own.timeOf(SlaTier.SPECIAL));
    }

    @Test
    void theWarrantyContactIsOneWorkingDay() {
        Duration day = Duration.ofHours(24);
        assertEquals(OffsetDateTime.parse("2026-11-30T15:00:00+08:00"), SlaPolicy.warrantyContactBy(
                OffsetDateTime.parse("2026-11-27T15:00:00+08:00"), day, Map.of()), "Friday → Monday");
        assertEquals(OffsetDateTime.parse("2026-11-25T15:00:00+08:00"), SlaPolicy.warrantyContactBy(
                OffsetDateTime.parse("2026-11-24T15:00:00+08:00"), day, Map.of()));
        // the last day before National Day: Thursday 8 October
        assertEquals(OffsetDateTime.parse("2026-10-08T18:00:00+08:00"), SlaPolicy.warrantyContactBy(
                OffsetDateTime.parse("2026-09-30T18:00:00+08:00"), day, NATIONAL_DAY_2026));
        // a contact time in hours that is no whole number of days stays on the clock
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T15:00:00+08:00");
        assertEquals(friday.plusHours(12), SlaPolicy.warrantyContactBy(friday, Duration.ofHours(12), Map.of()));
    }

    @Test
    void aDayTierWaitsOnWorkingTimeOnlyAnyOtherOnTheClock() {
        // due Wednesday 10:00; waiting from Friday 17:00 to Monday 09:00 used 7 + 9 working hours, not 64
        OffsetDateTime due = OffsetDateTime.parse("2026-12-02T10:00:00+08:00");
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T17:00:00+08:00");
        OffsetDateTime monday = OffsetDateTime.parse("2026-11-30T09:00:00+08:00");
        assertEquals(OffsetDateTime.parse("2026-12-03T02:00:00+08:00"),
                sla.waitingTime(SlaTier.DIFFICULT, Map.of()).moved(due, friday, monday));
        assertEquals(due.plusHours(64), sla.waitingTime(SlaTier.COMPLEX, Map.of()).moved(due, friday, monday));
        assertEquals(due.plusHours(64), sla.waitingTime(SlaTier.SPECIAL, Map.of()).moved(due, friday, monday));
        // over National Day: waiting from Wednesday 30 September 12:00 to Thursday 8 October 12:00 used one working
        // day (12 hours of each), and the due time (Friday 9 October 16:30) moves by it to the worked Saturday
        assertEquals(OffsetDateTime.parse("2026-10-10T16:30:00+08:00"),
                sla.waitingTime(SlaTier.DIFFICULT, NATIONAL_DAY_2026).moved(
                        OffsetDateTime.parse("2026-10-09T16:30:00+08:00"),
                        OffsetDateTime.parse("2026-09-30T12:00:00+08:00"),
                        OffsetDateTime.parse("2026-10-08T12:00:00+08:00")));
    }

    @Test
    void theCalendarReadCoversTheLongestBreak() {
        assertEquals(27, SlaPolicy.calendarSpan(Duration.ofDays(3)));
        assertEquals(23, SlaPolicy.calendarSpan(Duration.ofHours(24)));
    }
}
