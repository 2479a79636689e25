package org.estatedesk.billing;

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
import java.util.Set;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The dunning procedure of R4.6 as DunningCase keeps it. */
class DunningCaseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    private static DunningCase open() {
        return new DunningCase(1, 2, 3, new BigDecimal("221.80"), LocalDate.of(2026, 9, 30), "finance", NOW);
    }

    /** Every step of the procedure recorded already: the tests of other rules than its order. */
    private static final Set<DunningStep.Kind> ALL_DONE = EnumSet.allOf(DunningStep.Kind.class);

    private static DunningStep record(DunningCase c, DunningStep.Kind kind, LocalDate day, String outcome) {
        return c.record(kind, day, "assistant", outcome, false, false, 3, ALL_DONE, false, TODAY, NOW);
    }

    @Test
    void aCaseNeedsArrears() {
        assertThrows(RuleViolationException.class, () -> new DunningCase(1, 2, 3, BigDecimal.ZERO, TODAY, "f", NOW));
    }

    @Test
    void contactStepsKeepTheStateAndRecordDayPersonAndOutcome() {
        DunningCase c = open();
        DunningStep s = record(c, DunningStep.Kind.CALL, null, " 答应月底缴纳 ");
        assertEquals(DunningCase.State.OPEN, c.getState());
        assertEquals(TODAY, s.getDoneOn());
        assertEquals("assistant", s.getPerson());
        assertEquals("答应月底缴纳", s.getOutcome());
        assertThrows(RuleViolationException.class, () -> record(c, DunningStep.Kind.VISIT, TODAY.plusDays(1), null),
                "not in the future");
        assertThrows(RuleViolationException.class, () -> record(c, DunningStep.Kind.VISIT,
                LocalDate.of(2026, 9, 29), null), "not before the arrears");
        assertThrows(RuleViolationException.class, () -> record(c, DunningStep.Kind.PAYMENT, null, null),
                "system steps are not recorded by hand");
    }

    @Test
    void stopServiceOnlyThreeDaysAfterTheWrittenNoticeAndNeverByTheRequester() {
        DunningCase c = open();
        assertThrows(ConflictException.class, () -> c.requestStop("assistant", null, TODAY, NOW), "no notice yet");
        record(c, DunningStep.Kind.STOP_NOTICE, TODAY.minusDays(2), null);
        assertEquals(DunningCase.State.NOTICE_POSTED, c.getState());
        assertEquals(TODAY.plusDays(1), c.stopAllowedFrom());
        assertThrows(ConflictException.class, () -> c.requestStop("assistant", null, TODAY, NOW), "two days only");
        assertThrows(ConflictException.class, () -> record(c, DunningStep.Kind.STOP_NOTICE, null, null),
                "posted once");
        assertEquals(DunningStep.Kind.STOP_REQUEST, c.requestStop("assistant", null, TODAY.plusDays(1), NOW).getKind());
        assertEquals(DunningCase.State.STOP_REQUESTED, c.getState());
        assertThrows(RuleViolationException.class, () -> c.decideStop(DunningCase.Decision.APPROVE, "assistant",
                null, TODAY, NOW), "not by the requester");
        assertThrows(RuleViolationException.class, () -> c.decideStop(DunningCase.Decision.REJECT, "manager", " ",
                TODAY, NOW), "a rejection gives its reason");
        assertEquals(DunningStep.Kind.STOP_APPROVED, c.decideStop(DunningCase.Decision.APPROVE, "manager", null,
                TODAY, NOW).getKind());
        assertEquals(DunningCase.State.SERVICE_STOPPED, c.getState());
        assertThrows(ConflictException.class, () -> c.decideStop(DunningCase.Decision.REJECT, "manager2", "late",
                TODAY, NOW), "decided once");
        assertThrows(ConflictException.class, () -> c.close("manager", "waived", TODAY, NOW),
                "a stopped unit ends by payment");
        assertTrue(c.settle(), "payment restores the stopped service");
        assertEquals(DunningCase.State.SETTLED, c.getState());
        assertFalse(c.isActive());
        assertThrows(ConflictException.class, c::settle);
    }

    @Test
    void aRejectedRequestGoesBackToThePostedNotice() {
        DunningCase c = open();
        record(c, DunningStep.Kind.STOP_NOTICE, TODAY.minusDays(3), null);
        c.requestStop("finance", null, TODAY, NOW);
        c.decideStop(DunningCase.Decision.REJECT, "manager", "再给一周", TODAY, NOW);
        assertEquals(DunningCase.State.NOTICE_POSTED, c.getState());
        assertFalse(c.settle(), "nothing to restore");
    }

    @Test
    void anObjectionBlocksStopServiceUntilAManagerResolvesIt() {
        DunningCase c = open();
        record(c, DunningStep.Kind.STOP_NOTICE, TODAY.minusDays(5), null);
        c.requestStop("finance", null, TODAY, NOW);
        assertThrows(RuleViolationException.class, () -> record(c, DunningStep.Kind.OBJECTION, null, " "),
                "the reason is written down");
        record(c, DunningStep.Kind.OBJECTION, null, "漏水未修");
        assertEquals(DunningCase.State.DISPUTED, c.getState(), "the objection withdraws the pending request");
        assertNull(c.getStopRequestedBy());
        assertThrows(ConflictException.class, () -> c.requestStop("finance", null, TODAY, NOW));
        assertThrows(RuleViolationException.class, () -> record(c, DunningStep.Kind.RESOLVED, null, "ok"),
                "a manager resolves");
        c.record(DunningStep.Kind.RESOLVED, null, "manager", "已修复", true, false, 3, ALL_DONE, false, TODAY, NOW);
        assertEquals(DunningCase.State.OPEN, c.getState());
        assertNull(c.getValidReason());
        assertNull(c.stopAllowedFrom(), "a new written notice is needed");
        assertEquals(DunningStep.Kind.CLOSE, c.close("manager", "房屋已出售", TODAY, NOW).getKind());
        assertEquals(DunningCase.State.CLOSED, c.getState());
    }
    @Test
    void theNextStepFollowsTheProcedureAndItsDaysAfterTheOldestDueDay() {
        DunningCase c = open();
        java.util.Set<DunningStep.Kind> done = java.util.EnumSet.noneOf(DunningStep.Kind.class);
        DunningCase.NextStep next = c.nextStep(done, 7, 15, 30, 45).orElseThrow();
        assertEquals(DunningStep.Kind.REMINDER, next.kind());
        assertEquals(LocalDate.of(2026, 10, 7), next.dueOn(), "7 days after 2026-09-30");
        assertTrue(next.isDue(TODAY));
        done.add(DunningStep.Kind.REMINDER);
        done.add(DunningStep.Kind.CALL);
        assertEquals(DunningStep.Kind.NOTICE, c.nextStep(done, 7, 15, 30, 45).orElseThrow().kind(),
                "the first step not done, even when a later one was");
        done.add(DunningStep.Kind.NOTICE);
        assertEquals(new DunningCase.NextStep(DunningStep.Kind.VISIT, LocalDate.of(2026, 11, 14)),
                c.nextStep(done, 7, 15, 30, 45).orElseThrow());
        done.add(DunningStep.Kind.VISIT);
        assertEquals(DunningStep.Kind.STOP_NOTICE, c.nextStep(done, 7, 15, 30, 45).orElseThrow().kind());
        record(c, DunningStep.Kind.STOP_NOTICE, TODAY, null);
        assertEquals(new DunningCase.NextStep(DunningStep.Kind.STOP_REQUEST, TODAY.plusDays(3)),
                c.nextStep(done, 7, 15, 30, 45).orElseThrow());
        assertFalse(c.nextStep(done, 7, 15, 30, 45).orElseThrow().isDue(TODAY));
        record(c, DunningStep.Kind.OBJECTION, null, "有异议");
        assertTrue(c.nextStep(done, 7, 15, 30, 45).isEmpty(), "nothing while the owner objects");
    }

    @Test
    void rentInArrearsGoesFromTheRepossessionNoticeToTheManagersRepossession() {
        DunningCase c = open();
        assertThrows(RuleViolationException.class, () -> c.record(DunningStep.Kind.REPOSSESSION_NOTICE, null, "a",
                null, false, false, 3, ALL_DONE, false, TODAY, NOW), "no rent contract, no repossession");
        assertFalse(c.allows(DunningStep.Kind.REPOSSESSION, true, true), "the notice comes first");
        assertThrows(ConflictException.class, () -> c.record(DunningStep.Kind.REPOSSESSION, null, "m", null, true,
                true, 3, ALL_DONE, false, TODAY, NOW));
        assertTrue(c.allows(DunningStep.Kind.REPOSSESSION_NOTICE, false, true));
        c.record(DunningStep.Kind.REPOSSESSION_NOTICE, TODAY.minusDays(10), "assistant", "送达", false, true, 3,
                ALL_DONE, false, TODAY, NOW);
        assertEquals(TODAY.minusDays(10), c.getRepossessionNoticeOn());
        assertFalse(c.allows(DunningStep.Kind.REPOSSESSION_NOTICE, false, true), "given once");
        assertThrows(RuleViolationException.class, () -> c.record(DunningStep.Kind.REPOSSESSION, null, "a", null,
                false, true, 3, ALL_DONE, false, TODAY, NOW), "a manager's step");
        assertThrows(RuleViolationException.class, () -> c.record(DunningStep.Kind.REPOSSESSION, TODAY.minusDays(11),
                "m", null, true, true, 3, ALL_DONE, false, TODAY, NOW), "not before the notice");
        c.record(DunningStep.Kind.REPOSSESSION, null, "manager", "收回钥匙", true, true, 3, ALL_DONE, false, TODAY, NOW);
        assertEquals(DunningCase.State.REPOSSESSED, c.getState());
        assertTrue(c.allows(DunningStep.Kind.CALL, false, true), "the arrears are still collected");
        assertTrue(c.nextStep(java.util.Set.of(), 1, 2, 3, 4).isEmpty());
        assertFalse(c.settle(), "settled by payment, nothing to restore");
    }

    @Test
    void theStepsComeInTheProceduresOrderUnlessAManagerOverridesIt() {
        DunningCase c = open();
        Set<DunningStep.Kind> done = EnumSet.noneOf(DunningStep.Kind.class);
        ConflictException early = assertThrows(ConflictException.class, () -> c.record(DunningStep.Kind.STOP_NOTICE,
                null, "assistant", null, false, false, 3, done, false, TODAY, NOW));
        assertEquals("error.dunning.outOfOrder", early.messageKey());
        assertEquals("REMINDER, NOTICE, CALL, VISIT", early.arguments()[1]);
        assertEquals(DunningCase.State.OPEN, c.getState(), "nothing posted");
        assertThrows(ConflictException.class, () -> c.record(DunningStep.Kind.CALL, null, "assistant", null, false,
                false, 3, done, false, TODAY, NOW), "the friendly reminder comes first");
        for (DunningStep.Kind k : List.of(DunningStep.Kind.REMINDER, DunningStep.Kind.NOTICE, DunningStep.Kind.CALL)) {
            assertNull(c.record(k, null, "assistant", null, false, false, 3, done, false, TODAY, NOW)
                    .getOverrideSkipped());
            done.add(k);
        }
        assertEquals(List.of(DunningStep.Kind.VISIT), DunningCase.missingBefore(DunningStep.Kind.STOP_NOTICE, done));
        assertThrows(RuleViolationException.class, () -> c.record(DunningStep.Kind.STOP_NOTICE, null, "assistant",
                null, false, false, 3, done, true, TODAY, NOW), "only a manager overrides");
        DunningStep overridden = c.record(DunningStep.Kind.STOP_NOTICE, null, "manager", "业主长期不在，无法上门", true,
                false, 3, done, true, TODAY, NOW);
        assertEquals("VISIT", overridden.getOverrideSkipped());
        assertEquals(DunningCase.State.NOTICE_POSTED, c.getState());
        done.add(DunningStep.Kind.STOP_NOTICE);
        assertNull(c.record(DunningStep.Kind.CALL, null, "assistant", null, false, false, 3, done, false, TODAY,
                NOW).getOverrideSkipped(), "a contact again later is in order");
        assertTrue(DunningCase.missingBefore(DunningStep.Kind.OBJECTION, EnumSet.noneOf(DunningStep.Kind.class))
                .isEmpty(), "an objection is no step of the procedure");
        assertTrue(DunningCase.missingBefore(DunningStep.Kind.CALL, EnumSet.of(DunningStep.Kind.REPOSSESSION_NOTICE))
                .isEmpty(), "rent in arrears opens with the repossession notice");
    }
}
