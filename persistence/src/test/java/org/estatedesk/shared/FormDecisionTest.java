package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The forms' decision (R1.13, R3.4, R3.7, R3.8, R5.1, R5.2): who, when, the comment; once, not by the requester. */
class FormDecisionTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void noDecisionYetIsNone() {
        assertFalse(FormDecision.NONE.isDecided());
        assertNull(FormDecision.NONE.getBy());
        assertNull(FormDecision.NONE.getAt());
        assertNull(FormDecision.NONE.getComment());
        assertSame(FormDecision.NONE, FormDecision.orNone(null), "empty columns read as null are no decision");
    }

    @Test
    void aDecisionKeepsWhoWhenAndTheTrimmedComment() {
        FormDecision d = FormDecision.decide("manager", NOW, "  同意  ");
        assertTrue(d.isDecided());
        assertEquals("manager", d.getBy());
        assertEquals(NOW, d.getAt());
        assertEquals("同意", d.getComment());
        assertSame(d, FormDecision.orNone(d));
        assertNull(FormDecision.decide("manager", NOW, "   ").getComment(), "a blank comment is none");
        assertNull(FormDecision.decide("manager", NOW, null).getComment());
    }

    @Test
    void aVerbatimDecisionKeepsTheCommentAsGiven() {
        assertEquals(" HQ ", FormDecision.verbatim("hq", NOW, " HQ ").getComment());
        assertEquals("", FormDecision.verbatim("hq", NOW, "").getComment());
    }

    @Test
    void aDecisionNeedsWhoAndWhen() {
        assertThrows(NullPointerException.class, () -> FormDecision.decide(null, NOW, "x"));
        assertThrows(NullPointerException.class, () -> FormDecision.decide("m", null, "x"));
    }

    @Test
    void theRequesterMayNotDecideHisOwnRequest() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> FormDecision.decideOther("frontdesk", "frontdesk", NOW, "ok", "error.compensation.ownRequest"));
        assertEquals("error.compensation.ownRequest", e.messageKey());
        assertEquals("decision", e.field());
        FormDecision d = FormDecision.decideOther("frontdesk", "manager", NOW, " ok ", "error.x");
        assertEquals("manager", d.getBy());
        assertEquals("ok", d.getComment());
    }

    @Test
    void decisionsAreValues() {
        assertEquals(FormDecision.decide("m", NOW, "a"), FormDecision.decide("m", NOW, " a "));
        assertEquals(FormDecision.decide("m", NOW, "a").hashCode(), FormDecision.decide("m", NOW, "a").hashCode());
        assertNotEquals(FormDecision.decide("m", NOW, "a"), FormDecision.decide("n", NOW, "a"));
        assertNotEquals(FormDecision.NONE, FormDecision.decide("m", NOW, null));
    }
}
