package org.estatedesk.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.estatedesk.handover.DefectState.Action;
import org.estatedesk.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** B2: every allowed step of a defect, and every refused one. */
class DefectStateTest {
    private static final Map<DefectState, Map<Action, DefectState>> ALLOWED = new EnumMap<>(DefectState.class);

    static {
        for (DefectState s : DefectState.values()) {
            ALLOWED.put(s, new EnumMap<>(Action.class));
        }
        ALLOWED.get(DefectState.RECORDED).put(Action.ASSIGN, DefectState.ASSIGNED);
        ALLOWED.get(DefectState.ASSIGNED).put(Action.START, DefectState.RECTIFYING);
        ALLOWED.get(DefectState.REJECTED).put(Action.START, DefectState.RECTIFYING);
        ALLOWED.get(DefectState.RECTIFYING).put(Action.RECTIFY, DefectState.RECTIFIED);
        ALLOWED.get(DefectState.RECTIFIED).put(Action.ACCEPT, DefectState.ACCEPTED);
        ALLOWED.get(DefectState.RECTIFIED).put(Action.REJECT, DefectState.REJECTED);
        for (DefectState open : DefectState.OPEN) {
            ALLOWED.get(open).put(Action.CANCEL, DefectState.CANCELLED);
        }
    }

    @Test
    void everyStateAnswersEveryActionAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (DefectState s : DefectState.values()) {
            for (Action a : Action.values()) {
                DefectState expected = ALLOWED.get(s).get(a);
                if (expected != null) {
                    assertEquals(expected, s.after(a), s + " " + a);
                    allowed++;
                } else {
                    ConflictException e = assertThrows(ConflictException.class, () -> s.after(a), s + " " + a);
                    assertEquals("error.defect.illegalTransition", e.messageKey());
                    refused++;
                }
            }
        }
        assertEquals(11, allowed);
        assertEquals(7 * 6 - 11, refused);
    }

    @Test
    void acceptedAndCancelledAreClosed() {
        assertFalse(DefectState.ACCEPTED.isOpen());
        assertFalse(DefectState.CANCELLED.isOpen());
        assertTrue(DefectState.REJECTED.isOpen());
        assertTrue(DefectState.RECTIFIED.isOpen());
        assertFalse(DefectState.WITH_CONTRACTOR.contains(DefectState.RECTIFIED), "waiting on the inspector, not late");
    }
}
