package org.estatedesk.relocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.estatedesk.estates.UnitState;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The move-out's state machine (R3.7): approval, release slip with the owner's confirmation, the move. */
class RelocationTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Relocation relocation() {
        return new Relocation(1, 2, 3, "1-1-0101", TODAY.plusDays(5), " 房屋出售 ", "frontdesk", NOW);
    }

    @Test
    void anApplicationNeedsAFutureDateAndAReason() {
        assertThrows(RuleViolationException.class, () -> new Relocation(1, 2, 3, "x", TODAY.minusDays(1), "r", "f",
                NOW));
        assertThrows(RuleViolationException.class, () -> new Relocation(1, 2, 3, "x", null, "r", "f", NOW));
        assertThrows(RuleViolationException.class, () -> new Relocation(1, 2, 3, "x", TODAY, " ", "f", NOW));
        assertEquals("房屋出售", relocation().getReason());
        assertEquals(TODAY, new Relocation(1, 2, 3, "x", TODAY, "r", "f", NOW).getMoveDate(), "today is allowed");
    }

    @Test
    void approvedThenReleasedWithTheOwnersConfirmationThenCompletedLeavesTheUnitHandedOver() {
        Relocation r = relocation();
        assertTrue(r.getState().open());
        assertThrows(ConflictException.class, () -> r.release("FX1", "家具", "张三", "f", NOW), "not approved yet");
        r.decide(true, "manager", "同意", NOW);
        assertEquals(Relocation.State.APPROVED, r.getState());
        assertThrows(ConflictException.class, () -> r.decide(false, "manager", "x", NOW), "decided once");
        assertThrows(RuleViolationException.class, () -> r.release("FX1", "家具", " ", "f", NOW));
        assertThrows(RuleViolationException.class, () -> r.release("FX1", null, "张三", "f", NOW));
        assertThrows(ConflictException.class, () -> r.complete("f", NOW), "no slip yet");
        r.release("FX2026-000001", " 沙发、冰箱 ", "业主张三", "frontdesk", NOW);
        assertEquals(Relocation.State.RELEASED, r.getState());
        assertEquals("沙发、冰箱", r.getGoods());
        assertEquals(UnitState.HANDED_OVER, r.complete("frontdesk", NOW));
        assertEquals(Relocation.State.COMPLETED, r.getState());
        assertFalse(r.getState().open());
    }

    @Test
    void aRejectionClosesIt() {
        Relocation r = relocation();
        r.decide(false, "manager", "欠费未清", NOW);
        assertEquals(Relocation.State.REJECTED, r.getState());
        assertFalse(r.getState().open());
        assertEquals("欠费未清", r.getDecisionComment());
    }
}
