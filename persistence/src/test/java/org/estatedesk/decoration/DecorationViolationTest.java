package org.estatedesk.decoration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Patrols (R3.3) and the violation's procedure (R3.4): report, notice, fine, stop of service, rectified, closed. */
class DecorationViolationTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static DecorationViolation violation(Long applicationId) {
        return new DecorationViolation(1, 2, 3, "1-1-0101", applicationId, null, PatrolItem.LOAD_BEARING_STRUCTURE,
                null, true, "assistant", NOW);
    }

    @Test
    void theChecklistRunsFromAToZAndItsRemindersAreNoViolations() {
        assertEquals(26, PatrolItem.values().length);
        assertEquals('A', PatrolItem.OCCUPANCY_FORMALITIES.letter());
        assertEquals('Z', PatrolItem.DEBRIS.letter());
        assertEquals(EnumSet.of(PatrolItem.DRAIN_INSPECTION_OPENING, PatrolItem.CEILING_INSPECTION_OPENING,
                PatrolItem.FLUE_OPENINGS_REMINDER, PatrolItem.WATERPROOFING_TEST),
                EnumSet.complementOf(EnumSet.copyOf(List.of(PatrolItem.values()).stream()
                        .filter(PatrolItem::violation).toList())));
        assertThrows(RuleViolationException.class, () -> new DecorationViolation(1, 2, 3, "x", null, null,
                PatrolItem.WATERPROOFING_TEST, null, false, "a", NOW));
        assertThrows(RuleViolationException.class, () -> new DecorationViolation(1, 2, 3, "x", null, null, null,
                " ", false, "a", NOW), "without an item a description is needed");
        assertEquals("阳台私搭雨棚", new DecorationViolation(1, 2, 3, "x", null, null, null, " 阳台私搭雨棚 ", false,
                "a", NOW).getDescription());
    }

    @Test
    void aPatrolOnlyOfWorksUnderWayAndOnlyItsViolationItemsCount() {
        DecorationApplication a = new DecorationApplication(1, 2, 3, "1-1-0101", "鹭岛装饰", "吊顶", List.of(),
                TODAY.plusDays(1), TODAY.plusDays(30), "frontdesk", NOW, NOW.plusDays(3));
        assertThrows(ConflictException.class, () -> new DecorationPatrol(a, List.of(), null, "assistant", NOW),
                "no permit yet");
    }

    @Test
    void reportedNoticedFinedRectifiedAndClosedOncePaid() {
        DecorationViolation v = violation(7L);
        assertEquals(DecorationViolation.State.FOUND, v.getState());
        assertThrows(ConflictException.class, () -> v.issueNotice(TODAY.plusDays(3), "恢复", TODAY, "a", NOW),
                "report first");
        assertThrows(ConflictException.class, () -> v.fine(new BigDecimal("100"), "m", NOW), "not reported");
        v.report("已现场制止", "assistant", NOW);
        assertThrows(RuleViolationException.class, () -> v.issueNotice(TODAY, "恢复", TODAY, "a", NOW),
                "deadline after today");
        assertThrows(RuleViolationException.class, () -> v.issueNotice(TODAY.plusDays(91), "恢复", TODAY, "a", NOW));
        assertThrows(RuleViolationException.class, () -> v.issueNotice(TODAY.plusDays(3), " ", TODAY, "a", NOW));
        v.issueNotice(TODAY.plusDays(3), "恢复承重墙原状", TODAY, "assistant", NOW);
        assertEquals(DecorationViolation.State.NOTICE_ISSUED, v.getState());
        assertFalse(v.isOverdue(TODAY.plusDays(3)));
        assertTrue(v.isOverdue(TODAY.plusDays(4)));
        assertThrows(RuleViolationException.class, () -> v.fine(new BigDecimal("0"), "m", NOW));
        assertThrows(RuleViolationException.class, () -> v.fine(new BigDecimal("10.001"), "m", NOW));
        assertEquals(new BigDecimal("500.00"), v.fine(new BigDecimal("500"), "manager", NOW));
        assertThrows(ConflictException.class, () -> v.fine(new BigDecimal("1"), "m", NOW), "once only");
        assertEquals("DECORATION:7:FINE:null", v.fineKey(), "kept from decoration 7's deposit");
        assertFalse(v.rectified("已恢复", "assistant", NOW), "no stop request waited");
        assertThrows(ConflictException.class, () -> v.close(false, "assistant", NOW), "the fine is unpaid");
        assertEquals(DecorationViolation.State.RECTIFIED, v.getState());
        assertFalse(v.close(true, "assistant", NOW), "service was never stopped");
        assertEquals(DecorationViolation.State.CLOSED, v.getState());
        assertFalse(v.getState().open());
    }

    @Test
    void refusedAfterTheDeadlineServiceStopsWithAnotherManagersApprovalAndIsRestoredAtTheClose() {
        DecorationViolation v = violation(null);
        v.report(null, "assistant", NOW);
        v.issueNotice(TODAY.plusDays(3), "拆除", TODAY, "assistant", NOW);
        assertThrows(ConflictException.class, () -> v.requestStop(null, TODAY.plusDays(3), "assistant", NOW),
                "the deadline has not passed");
        v.requestStop(" ", TODAY.plusDays(4), "assistant", NOW);
        assertEquals(DecorationViolation.State.STOP_REQUESTED, v.getState());
        assertThrows(RuleViolationException.class, () -> v.decideStop(true, "assistant", null, NOW),
                "not by the one who asked");
        v.decideStop(false, "manager", "再给三天", NOW);
        assertEquals(DecorationViolation.State.NOTICE_ISSUED, v.getState());
        assertNull(v.getServiceStoppedAt());
        v.requestStop(null, TODAY.plusDays(7), "assistant", NOW);
        assertTrue(v.rectified("已拆除", "assistant", NOW), "the waiting request is to be withdrawn");
        assertEquals(DecorationViolation.State.RECTIFIED, v.getState());

        DecorationViolation refused = violation(null);
        refused.report(null, "assistant", NOW);
        refused.issueNotice(TODAY.plusDays(5), "拆除", TODAY, "assistant", NOW);
        refused.requestStop("业主当面明确拒绝整改", TODAY, "assistant", NOW);
        assertEquals(DecorationViolation.State.STOP_REQUESTED, refused.getState(), "an outright refusal need not wait");
        assertEquals("业主当面明确拒绝整改", refused.getStopReason());

        DecorationViolation w = violation(null);
        w.report(null, "assistant", NOW);
        w.issueNotice(TODAY.plusDays(1), "拆除", TODAY, "assistant", NOW);
        w.requestStop(null, TODAY.plusDays(2), "assistant", NOW);
        w.decideStop(true, "manager", null, NOW);
        assertEquals(DecorationViolation.State.SERVICE_STOPPED, w.getState());
        w.fine(new BigDecimal("200.50"), "manager", NOW);
        assertEquals("VIOLATION:null:FINE", w.fineKey());
        assertThrows(RuleViolationException.class, () -> w.rectified(" ", "assistant", NOW), "say what was done");
        w.rectified("已拆除", "assistant", NOW);
        assertTrue(w.close(true, "assistant", NOW), "service is to be restored");
    }
}
