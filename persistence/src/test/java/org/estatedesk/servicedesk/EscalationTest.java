package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** R1.10 as seed 004 states it, report by report. */
class EscalationTest {
    @Test
    void aRepairMovesUpOnItsThirdAndFourthReport() {
        assertEquals(new Escalation(TaskKind.REPAIR, EscalationLevel.NONE), Escalation.assess(TaskKind.REPAIR, 0, 0));
        assertEquals(new Escalation(TaskKind.REPAIR, EscalationLevel.NONE), Escalation.assess(TaskKind.REPAIR, 1, 0));
        assertEquals(new Escalation(TaskKind.COMPLAINT, EscalationLevel.DEVELOPER),
                Escalation.assess(TaskKind.REPAIR, 2, 0));
        assertEquals(new Escalation(TaskKind.COMPLAINT, EscalationLevel.HQ), Escalation.assess(TaskKind.REPAIR, 3, 1));
        assertEquals(new Escalation(TaskKind.COMPLAINT, EscalationLevel.HQ), Escalation.assess(TaskKind.REPAIR, 7, 4));
    }

    @Test
    void aComplaintMovesUpOnItsSecondAndThird() {
        assertEquals(EscalationLevel.NONE, Escalation.assess(TaskKind.COMPLAINT, 0, 0).level());
        assertEquals(EscalationLevel.NONE, Escalation.assess(TaskKind.COMPLAINT, 1, 0).level(),
                "an earlier repair is not an earlier complaint");
        assertEquals(EscalationLevel.DEVELOPER, Escalation.assess(TaskKind.COMPLAINT, 1, 1).level());
        assertEquals(EscalationLevel.HQ, Escalation.assess(TaskKind.COMPLAINT, 2, 2).level());
    }

    @Test
    void otherKindsNeverMoveUp() {
        assertEquals(new Escalation(TaskKind.CONSULTATION, EscalationLevel.NONE),
                Escalation.assess(TaskKind.CONSULTATION, 5, 5));
        assertEquals(EscalationLevel.NONE, Escalation.assess(TaskKind.SUGGESTION, 5, 5).level());
    }

    @Test
    void onlyFailedFixesWithinTheWindowCount() {
        java.time.OffsetDateTime window = java.time.OffsetDateTime.parse("2026-06-01T00:00+08:00");
        java.time.OffsetDateTime inside = window.plusDays(10);
        assertTrue(Escalation.counts(TaskState.CLOSED, false, inside, window), "fixed, and the problem came back");
        assertTrue(Escalation.counts(TaskState.COMPLETED, false, inside, window));
        assertTrue(Escalation.counts(TaskState.TO_IMPLEMENT, true, inside, window), "called unsatisfactory");
        assertFalse(Escalation.counts(TaskState.TO_REPLY, false, inside, window), "still being worked on: a reminder");
        assertFalse(Escalation.counts(TaskState.CLOSED, false, window.minusDays(1), window),
                "closed before the window: another problem");
        assertFalse(Escalation.counts(TaskState.VOID, false, inside, window));
    }
}
