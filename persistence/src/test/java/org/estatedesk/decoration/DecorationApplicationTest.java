package org.estatedesk.decoration;

import org.estatedesk.organisation.WorkingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class DecorationApplicationTest {
    /** Tuesday 1 December 2026, 09:00 in Xiamen. */
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate START = LocalDate.of(2026, 12, 10);

    private static DecorationApplication application(Set<Alteration> alterations) {
        return new DecorationApplication(1, 2, 3, "1-1-0101", "鹭岛装饰", "客厅吊顶、墙面乳胶漆", alterations, START,
                START.plusDays(60), "frontdesk", T0, WorkingDays.after(T0, 3));
    }

    @Test
    void theApprovalsRunInR31sOrder() {
        DecorationApplication a = application(Set.of(Alteration.CEILING, Alteration.WALL_FINISH));
        assertEquals(List.of("CS_ASSISTANT", "ENGINEERING_MANAGER", "CS_MANAGER"),
                a.approvalPlan().stream().map(StepPlan::code).toList());
        assertEquals(List.of("CS_ASSISTANT", "ENGINEERING_MANAGER", "CS_MANAGER"),
                a.approvalPlan().stream().map(StepPlan::approverRole).toList());
        assertEquals("CS_ASSISTANT", a.getCurrentStep());
        assertEquals(DecorationState.IN_APPROVAL, a.getState());
    }

    @Test
    void r32AlterationsNeedEngineeringVerificationFirst() {
        DecorationApplication a = application(Set.of(Alteration.WATERPROOFING, Alteration.FLOORING));
        assertEquals(List.of("ENGINEERING_VERIFICATION", "CS_ASSISTANT", "ENGINEERING_MANAGER", "CS_MANAGER"),
                a.approvalPlan().stream().map(StepPlan::code).toList());
        assertEquals("ENGINEERING_VERIFICATION", a.getCurrentStep());
        for (Alteration x : List.of(Alteration.STRUCTURE, Alteration.FLUE, Alteration.WATERPROOFING,
                Alteration.WET_ROOM_SIZE, Alteration.DRAINAGE, Alteration.DISTRIBUTION_BOX, Alteration.FACADE,
                Alteration.DOORS_WINDOWS)) {
            assertTrue(x.needsVerification(), x.name());
        }
        assertFalse(Alteration.WIRING.needsVerification());
    }

    @Test
    void throughEveryApprovalToThePermit() {
        DecorationApplication a = application(Set.of());
        a.stepApproved("CS_ASSISTANT", "ENGINEERING_MANAGER", "assistant", null, T0.plusHours(1));
        assertEquals("ENGINEERING_MANAGER", a.getCurrentStep());
        a.stepApproved("ENGINEERING_MANAGER", "CS_MANAGER", "engineer", null, T0.plusHours(2));
        DecorationEvent last = a.stepApproved("CS_MANAGER", null, "manager", "同意", T0.plusHours(3));
        assertEquals(DecorationAction.APPROVE, last.getAction());
        assertEquals(DecorationState.APPROVED, a.getState());
        assertNull(a.getCurrentStep());
        assertThrows(ConflictException.class, () -> a.issuePermit(BigDecimal.ZERO, true, "frontdesk", T0),
                "no permit before its fees are charged");
        RuleViolationException noTest = assertThrows(RuleViolationException.class, () -> a.chargeFees(false,
                new BigDecimal("300"), new BigDecimal("2000"), "frontdesk", T0.plusDays(1)));
        assertEquals("pressureTestConfirmed", noTest.field());
        assertThrows(RuleViolationException.class, () -> a.chargeFees(true, new BigDecimal("300.001"),
                new BigDecimal("2000"), "frontdesk", T0.plusDays(1)));
        DecorationEvent charged = a.chargeFees(true, new BigDecimal("300"), new BigDecimal("2000"), "frontdesk",
                T0.plusDays(1));
        assertEquals(DecorationAction.CHARGE_FEES, charged.getAction());
        assertEquals(DecorationState.FEES_DUE, a.getState());
        assertFalse(a.permitInForce());

        // R3.1: the permit only once the fee is paid and the deposit taken
        ConflictException unpaid = assertThrows(ConflictException.class, () -> a.issuePermit(new BigDecimal("300.00"),
                true, "frontdesk", T0.plusDays(2)));
        assertEquals("error.decoration.feeUnpaid", unpaid.messageKey());
        assertEquals("300.00", unpaid.arguments()[0]);
        assertThrows(ConflictException.class, () -> a.issuePermit(null, true, "frontdesk", T0.plusDays(2)),
                "no fee bill is no payment");
        ConflictException noDeposit = assertThrows(ConflictException.class, () -> a.issuePermit(BigDecimal.ZERO,
                false, "frontdesk", T0.plusDays(2)));
        assertEquals("error.decoration.depositNotTaken", noDeposit.messageKey());
        assertEquals(DecorationState.FEES_DUE, a.getState());
        DecorationEvent issued = a.issuePermit(BigDecimal.ZERO, true, "frontdesk", T0.plusDays(2));
        assertEquals(DecorationAction.ISSUE_PERMIT, issued.getAction());
        assertEquals(DecorationState.PERMIT_ISSUED, a.getState());
        assertTrue(a.permitInForce());
        assertEquals("frontdesk", a.getPermitIssuedBy());
        assertEquals("300.00", a.getManagementFee().toPlainString());
        assertTrue(a.getPermitNumber().startsWith("ZX2026-"), a.getPermitNumber());

        // completion (R3.5): a failed inspection needs remarks and keeps the permit; a passed one may note damages
        assertThrows(org.estatedesk.shared.ConflictException.class, () -> a.depositSettled(null, "finance", T0),
                "not accepted yet");
        assertThrows(RuleViolationException.class, () -> a.inspectCompletion(false, null, " ", "engineer", T0));
        assertThrows(RuleViolationException.class, () -> a.inspectCompletion(false, new BigDecimal("10"), "漏水",
                "engineer", T0), "damages only with a passed inspection");
        DecorationEvent failed = a.inspectCompletion(false, null, "卫生间闭水不合格", "engineer", T0.plusDays(30));
        assertEquals(DecorationAction.ACCEPTANCE_FAILED, failed.getAction());
        assertEquals(DecorationState.PERMIT_ISSUED, a.getState());
        assertThrows(RuleViolationException.class, () -> a.inspectCompletion(true, new BigDecimal("150"), null,
                "engineer", T0), "damages need a description");
        a.inspectCompletion(true, new BigDecimal("150"), "电梯轿厢划伤", "engineer", T0.plusDays(35));
        assertEquals(DecorationState.ACCEPTED, a.getState());
        assertEquals("150.00", a.getDamages().toPlainString());
        assertEquals("engineer", a.getAcceptedBy());
        assertThrows(org.estatedesk.shared.ConflictException.class, () -> a.inspectCompletion(true, null, null,
                "engineer", T0), "accepted once");
        a.depositSettled("押金 2000.00，扣 450.00，退 1550.00", "finance", T0.plusDays(36));
        assertEquals(DecorationState.CLOSED, a.getState());
    }

    @Test
    void aRejectionAwaitsAChangedPlanWhichRestartsTheChain() {
        DecorationApplication a = application(Set.of(Alteration.CEILING));
        a.stepApproved("CS_ASSISTANT", "ENGINEERING_MANAGER", "assistant", null, T0.plusHours(1));
        a.rejected("ENGINEERING_MANAGER", "engineer", "吊顶高度不足", T0.plusHours(2));
        assertEquals(DecorationState.REJECTED, a.getState());
        assertThrows(ConflictException.class, () -> a.chargeFees(true, BigDecimal.ONE, BigDecimal.ONE, "x", T0));
        assertThrows(ConflictException.class, () -> a.issuePermit(BigDecimal.ZERO, true, "x", T0));
        RuleViolationException same = assertThrows(RuleViolationException.class, () -> a.resubmit("鹭岛装饰",
                "客厅吊顶、墙面乳胶漆", Set.of(Alteration.CEILING), START, START.plusDays(60), "frontdesk", T0, T0, null));
        assertEquals("error.decoration.planUnchanged", same.messageKey());
        OffsetDateTime later = T0.plusDays(2);
        DecorationEvent e = a.resubmit("鹭岛装饰", "客厅吊顶降低 10 cm、墙面乳胶漆", Set.of(Alteration.CEILING,
                Alteration.DRAINAGE), START, START.plusDays(60), "frontdesk", later, WorkingDays.after(later, 3), "改图");
        assertEquals(DecorationAction.RESUBMIT, e.getAction());
        assertEquals(DecorationState.IN_APPROVAL, a.getState());
        assertEquals(2, a.getRound());
        assertEquals("ENGINEERING_VERIFICATION", a.getCurrentStep());
        assertThrows(ConflictException.class, () -> a.resubmit("x", "y", Set.of(), START, START, "f", later, later,
                null));
    }

    @Test
    void theStateMachineRefusesWhatItDoesNotKnow() {
        assertThrows(ConflictException.class, () -> DecorationState.IN_APPROVAL.after(DecorationAction.ISSUE_PERMIT));
        assertThrows(ConflictException.class, () -> DecorationState.APPROVED.after(DecorationAction.REJECT));
        assertThrows(ConflictException.class, () -> DecorationState.PERMIT_ISSUED.after(DecorationAction.RESUBMIT));
        assertThrows(ConflictException.class, () -> DecorationState.REJECTED.after(DecorationAction.APPROVE_STEP));
        assertEquals(DecorationState.IN_APPROVAL, DecorationState.IN_APPROVAL.after(DecorationAction.APPROVE_STEP));
    }

    @Test
    void theCompanysCalendarSkipsHolidaysAndCountsWeekendDaysWorkedInExchange() {
        // Tuesday 1 December 09:00; Wednesday and Thursday are holidays, Saturday is worked: Thu → Fri, Sat, Mon
        java.util.Map<java.time.LocalDate, Boolean> calendar = java.util.Map.of(java.time.LocalDate.of(2026, 12, 2),
                false, java.time.LocalDate.of(2026, 12, 3), false, java.time.LocalDate.of(2026, 12, 5), true);
        assertEquals(OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                WorkingDays.after(T0, 3, calendar).toInstant());
        // submitted on a holiday: counts from the next working day
        OffsetDateTime holiday = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        assertEquals(OffsetDateTime.of(2026, 12, 8, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                WorkingDays.after(holiday, 3, calendar).toInstant());
        assertTrue(WorkingDays.working(java.time.LocalDate.of(2026, 12, 5), calendar));
        assertFalse(WorkingDays.working(java.time.LocalDate.of(2026, 12, 6), calendar));
    }

    @Test
    void theDecisionIsDueWithinThreeWorkingDaysAndThenOverdue() {
        // Tuesday 09:00 → Friday 09:00; Friday 09:00 → Wednesday 09:00; Saturday 15:00 counts from Monday 15:00
        assertEquals(OffsetDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                WorkingDays.after(T0, 3).toInstant());
        OffsetDateTime friday = OffsetDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        assertEquals(OffsetDateTime.of(2026, 12, 9, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                WorkingDays.after(friday, 3).toInstant());
        OffsetDateTime saturday = OffsetDateTime.of(2026, 12, 5, 15, 0, 0, 0, ZoneOffset.ofHours(8));
        assertEquals(OffsetDateTime.of(2026, 12, 10, 15, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                WorkingDays.after(saturday, 3).toInstant());
        DecorationApplication a = application(Set.of());
        assertFalse(a.isOverdue(T0.plusDays(3)));
        assertTrue(a.isOverdue(T0.plusDays(3).plusMinutes(1)));
        a.rejected("CS_ASSISTANT", "assistant", "x", T0.plusHours(1));
        assertFalse(a.isOverdue(T0.plusDays(30)));
    }

    @Test
    void attachmentsAreNamedWithoutTheirPathAndLimitedInSize() {
        DecorationApplication a = application(Set.of());
        DecorationAttachment doc = new DecorationAttachment(a, AttachmentKind.OWNER_IDENTITY, "C:\\scans\\身份证.jpg",
                null, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "frontdesk", T0);
        assertEquals("身份证.jpg", doc.getFileName());
        assertEquals("image/jpeg", doc.getContentType(), "without a type, the kind the bytes are");
        assertEquals(3, doc.getSize());
        RuleViolationException big = assertThrows(RuleViolationException.class, () -> new DecorationAttachment(a,
                AttachmentKind.PLAN_DRAWING, "plan.pdf", "application/pdf",
                new byte[DecorationAttachment.MAX_BYTES + 1], "frontdesk", T0));
        assertEquals("error.attachment.tooLarge", big.messageKey());
        assertThrows(RuleViolationException.class, () -> new DecorationAttachment(a, AttachmentKind.OTHER, "x.txt",
                "text/plain", new byte[0], "frontdesk", T0));
        assertThrows(RuleViolationException.class, () -> new DecorationAttachment(a, null, "x.txt", "text/plain",
                new byte[1], "frontdesk", T0));
    }

    @Test
    void theWorksEndAfterTheyStart() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new DecorationApplication(1, 2,
                3, "1-1-0101", "c", "p", Set.of(), START, START.minusDays(1), "f", T0, T0));
        assertEquals("endDate", e.field());
    }

    @Test
    void noFeeAndNoDepositIssueThePermitAtOnce() {
        DecorationApplication a = approved();
        a.chargeFees(true, BigDecimal.ZERO, BigDecimal.ZERO, "frontdesk", T0.plusDays(1));
        a.issuePermit(null, false, "frontdesk", T0.plusDays(1));
        assertEquals(DecorationState.PERMIT_ISSUED, a.getState());
    }

    @Test
    void aWorkerPassNeedsAPermitInForceCoveringItsDates() {
        DecorationApplication fees = approved();
        fees.chargeFees(true, BigDecimal.ZERO, new BigDecimal("1000"), "frontdesk", T0);
        RuleViolationException none = assertThrows(RuleViolationException.class,
                () -> DecorationApplication.permitForWorkerPass(List.of(fees), "1-1-0101", START, START.plusDays(5)));
        assertEquals("error.pass.noPermit", none.messageKey());
        assertEquals("unitCode", none.field());
        assertThrows(RuleViolationException.class,
                () -> DecorationApplication.permitForWorkerPass(List.of(), "1-1-0101", START, START.plusDays(5)));

        fees.issuePermit(BigDecimal.ZERO, true, "frontdesk", T0);
        assertEquals(fees, DecorationApplication.permitForWorkerPass(List.of(fees), "1-1-0101", START,
                START.plusDays(60)));
        RuleViolationException late = assertThrows(RuleViolationException.class,
                () -> DecorationApplication.permitForWorkerPass(List.of(fees), "1-1-0101", START, START.plusDays(61)));
        assertEquals("error.pass.outsidePermit", late.messageKey());
        assertEquals("validTo", late.field());
        RuleViolationException early = assertThrows(RuleViolationException.class,
                () -> DecorationApplication.permitForWorkerPass(List.of(fees), "1-1-0101", START.minusDays(1),
                        START.plusDays(5)));
        assertEquals("validFrom", early.field());

        fees.inspectCompletion(true, null, null, "engineer", T0.plusDays(70));
        assertThrows(RuleViolationException.class, () -> DecorationApplication.permitForWorkerPass(List.of(fees),
                "1-1-0101", START, START.plusDays(5)), "an accepted decoration has no permit in force");
    }

    private static DecorationApplication approved() {
        DecorationApplication a = application(Set.of());
        a.stepApproved("CS_ASSISTANT", "ENGINEERING_MANAGER", "assistant", null, T0.plusHours(1));
        a.stepApproved("ENGINEERING_MANAGER", "CS_MANAGER", "engineer", null, T0.plusHours(2));
        a.stepApproved("CS_MANAGER", null, "manager", null, T0.plusHours(3));
        return a;
    }
}
