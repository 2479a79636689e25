package org.estatedesk.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ApprovalChainTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final List<StepPlan> PLAN = List.of(new StepPlan("A", "ROLE_A"), new StepPlan("B", "ROLE_B"),
            new StepPlan("C", "ROLE_C"));

    private static ApprovalChain chain() {
        return new ApprovalChain("TEST", 7, 1, 1, 2L, PLAN, T0.plusDays(3), "desk", T0);
    }

    /** What the repository's conditional update does to the row, for a chain held in memory. */
    private static StepDecision decide(ApprovalChain c, int stepNo, Decision d, String role, String comment) {
        ApprovalStep s = c.getSteps().get(stepNo - 1);
        StepDecision decision = s.decision(d, "user", Set.of(role), comment, s.getVersion(), T0.plusHours(stepNo));
        c.advance(decision);
        return decision;
    }

    @Test
    void theFirstStepWaitsTheOthersQueue() {
        ApprovalChain c = chain();
        assertEquals(ChainState.PENDING, c.getState());
        assertEquals(List.of(StepState.PENDING, StepState.WAITING, StepState.WAITING),
                c.getSteps().stream().map(ApprovalStep::getState).toList());
        assertEquals(T0, c.getSteps().get(0).getWaitingSince());
        assertEquals("A", c.pendingStep().orElseThrow().getCode());
        assertEquals(2L, c.getSteps().get(2).getEstateId());
    }

    @Test
    void approvalsMoveInOrderToTheEnd() {
        ApprovalChain c = chain();
        decide(c, 1, Decision.APPROVE, "ROLE_A", null);
        assertEquals(StepState.PENDING, c.getSteps().get(1).getState());
        assertEquals(T0.plusHours(1), c.getSteps().get(1).getWaitingSince());
        decide(c, 2, Decision.APPROVE, "ROLE_B", "ok");
        decide(c, 3, Decision.APPROVE, "ROLE_C", null);
        assertEquals(ChainState.APPROVED, c.getState());
        assertEquals(T0.plusHours(3), c.getFinishedAt());
    }

    @Test
    void aRejectionEndsTheChainAndCancelsTheStepsLeft() {
        ApprovalChain c = chain();
        decide(c, 1, Decision.APPROVE, "ROLE_A", null);
        StepDecision d = decide(c, 2, Decision.REJECT, "ROLE_B", "  图纸不全 ");
        assertEquals("图纸不全", d.comment());
        assertEquals(StepState.REJECTED, d.newState());
        assertEquals(ChainState.REJECTED, c.getState());
        assertEquals(StepState.CANCELLED, c.getSteps().get(2).getState());
    }

    @Test
    void onlyTheStepsApproverDecidesAndOnlyInTurn() {
        ApprovalChain c = chain();
        ApprovalStep first = c.getSteps().get(0);
        ApprovalStep second = c.getSteps().get(1);
        assertThrows(AccessDeniedException.class, () -> first.decision(Decision.APPROVE, "u", Set.of("ROLE_B"), null,
                null, T0));
        AccessDeniedException early = assertThrows(AccessDeniedException.class, () -> second.decision(
                Decision.APPROVE, "u", Set.of("ROLE_B"), null, null, T0));
        assertEquals("error.approval.notYourTurn", early.messageKey());
    }

    @Test
    void aRejectionNeedsAReasonAndAStaleVersionIsAConflict() {
        ApprovalStep first = chain().getSteps().get(0);
        RuleViolationException noReason = assertThrows(RuleViolationException.class, () -> first.decision(
                Decision.REJECT, "u", Set.of("ROLE_A"), " ", null, T0));
        assertEquals("comment", noReason.field());
        ConflictException stale = assertThrows(ConflictException.class, () -> first.decision(Decision.APPROVE, "u",
                Set.of("ROLE_A"), null, first.getVersion() + 1, T0));
        assertEquals("error.approval.stale", stale.messageKey());
    }

    @Test
    void aDecidedStepIsAlreadyDecided() {
        for (StepState decided : List.of(StepState.APPROVED, StepState.REJECTED, StepState.CANCELLED)) {
            ConflictException e = assertThrows(ConflictException.class, () -> decided.after(StepState.Event.APPROVE));
            assertEquals("error.approval.decided", e.messageKey());
            assertThrows(ConflictException.class, () -> decided.after(StepState.Event.REJECT));
            assertTrue(decided.isDecided());
        }
        assertFalse(StepState.PENDING.isDecided());
        assertThrows(ConflictException.class, () -> StepState.PENDING.after(StepState.Event.REACHED));
    }

    @Test
    void aChainNeedsSteps() {
        assertThrows(RuleViolationException.class, () -> new ApprovalChain("TEST", 1, 1, 1, null, List.of(), null,
                "desk", T0));
    }
}
