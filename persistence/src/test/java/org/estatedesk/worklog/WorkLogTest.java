package org.estatedesk.worklog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The work log (R6.4): ISO weeks, editing until reviewed, the review, who reviews whom. */
class WorkLogTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void isoWeeks() {
        IsoWeek w = IsoWeek.of(TODAY);
        assertEquals("2026-W49", w.toString());
        assertEquals(LocalDate.of(2026, 11, 30), w.monday());
        assertEquals(LocalDate.of(2026, 12, 6), w.sunday());
        assertEquals(w, IsoWeek.parse("2026-W49", "week"));
        assertEquals("2026-W48", w.previous().toString());
        // the first days of January may belong to the last week of the year before
        assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2027, 1, 1)).toString());
        assertEquals("2025-W01", IsoWeek.of(LocalDate.of(2024, 12, 30)).toString());
        assertEquals(LocalDate.of(2024, 12, 30), IsoWeek.parse("2025-W01", "week").monday());
        assertEquals("week", assertThrows(RuleViolationException.class, () -> IsoWeek.parse("2026-48", "week"))
                .field());
        assertThrows(RuleViolationException.class, () -> IsoWeek.parse("2025-W53", "week"), "2025 has 52 weeks");
        assertTrue("2026-W09".compareTo("2026-W10") < 0, "the text sorts like the week");
    }

    @Test
    void missingDaysAreTheWorkingDaysUpToTodayWithoutAnEntry() {
        IsoWeek w = IsoWeek.of(TODAY); // Monday 30 Nov .. today Thursday 3 Dec
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)),
                w.missingDays(Set.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2)), TODAY));
        assertEquals(5, w.previous().missingDays(Set.of(), TODAY).size(), "a past week: Monday to Friday");
        assertEquals(0, w.next().missingDays(Set.of(), TODAY).size(), "next week: nothing missing yet");
        // the company's calendar: Friday 27 November a holiday, Saturday 28 November worked in exchange
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 28)), w.previous().missingDays(Set.of(), TODAY,
                java.util.Map.of(LocalDate.of(2026, 11, 27), false, LocalDate.of(2026, 11, 28), true)));
    }

    private static WorkLog log(LocalDate day) {
        return new WorkLog(1, 7, "frontdesk", day, "接待来访 12 人", "3 号楼漏水跟进", new BigDecimal("8"), false, TODAY,
                NOW);
    }

    @Test
    void anEntryIsWrittenForTodayOrEarlierAndChangedUntilItsWeekIsReviewed() {
        WorkLog w = log(TODAY);
        assertEquals("2026-W49", w.getIsoWeek());
        assertEquals(new BigDecimal("8.0"), w.getHours());
        assertEquals("date", assertThrows(RuleViolationException.class, () -> log(TODAY.plusDays(1))).field());
        w.revise("改过的内容", null, null, false, NOW);
        assertEquals("改过的内容", w.getWorkDone());
        assertThrows(ConflictException.class, () -> w.revise("再改", null, null, true, NOW), "reviewed");
        assertThrows(ConflictException.class, () -> new WorkLog(1, 7, "frontdesk", TODAY, "补写", null, null, true,
                TODAY, NOW), "no new entry in a reviewed week");
        assertEquals("workDone", assertThrows(RuleViolationException.class,
                () -> w.revise(" ", null, null, false, NOW)).field());
        assertEquals("hours", assertThrows(RuleViolationException.class,
                () -> w.revise("x", null, new BigDecimal("24.5"), false, NOW)).field());
        assertThrows(RuleViolationException.class, () -> w.revise("x", null, new BigDecimal("7.25"), false, NOW));
        assertThrows(RuleViolationException.class, () -> w.revise("x", null, new BigDecimal("-1"), false, NOW));
    }

    @Test
    void aReviewNeedsACommentAndAWeekThatHasBegun() {
        WorkLogReview r = new WorkLogReview(1, 7, "frontdesk", IsoWeek.of(TODAY), "manager", " 按时完成 ", TODAY, NOW);
        assertEquals("2026-W49", r.getIsoWeek());
        assertEquals("按时完成", r.getComment());
        assertEquals("comment", assertThrows(RuleViolationException.class, () -> new WorkLogReview(1, 7, "frontdesk",
                IsoWeek.of(TODAY), "manager", "", TODAY, NOW)).field());
        assertEquals("week", assertThrows(RuleViolationException.class, () -> new WorkLogReview(1, 7, "frontdesk",
                IsoWeek.of(TODAY).next(), "manager", "提前", TODAY, NOW)).field());
    }

    @Test
    void supervisorsReviewTheOthersOfTheirDepartment() {
        Set<String> manager = Set.of(Roles.CS_MANAGER);
        assertTrue(Supervision.mayReview(1, 10L, 20L, manager, 2, 10L, 20L));
        assertFalse(Supervision.mayReview(1, 10L, 20L, manager, 1, 10L, 20L), "not himself");
        assertFalse(Supervision.mayReview(1, 10L, 20L, manager, 2, 10L, 21L), "another department");
        assertFalse(Supervision.mayReview(1, 10L, 20L, manager, 2, 11L, 20L), "another company");
        assertFalse(Supervision.mayReview(1, 10L, 20L, Set.of(Roles.FRONT_DESK), 2, 10L, 20L), "not a supervisor");
        assertTrue(Supervision.mayReview(1, 10L, 20L, Set.of(Roles.ENGINEERING_SUPERVISOR), 2, 10L, 20L));
        assertFalse(Supervision.mayReview(1, 10L, null, manager, 2, 10L, null), "no department");
        assertTrue(Supervision.mayReview(1, null, null, Set.of(Roles.ADMIN), 2, 10L, 20L), "an administrator");
    }
}
