package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

public class TaskTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    /** A work order that proves the work was done at the place: arrival (at {@code T0}), work, sign-off. */
    static WorkOrder doneOnSite() {
        return new WorkOrder("tech", T0, "更换阀门，试水正常", null, null, "王先生");
    }

    @Test
    void aRepairCompletesOnlyWithArrivalWorkAndTheOwnersConfirmation() {
        OffsetDateTime now = T0.plusHours(1);
        record Case(WorkOrder order, String field, String key) {
        }
        for (Case c : List.of(new Case(null, "arrivedAt", "error.required"),
                new Case(new WorkOrder("tech", null, "换阀门", null, null, "王先生"), "arrivedAt", "error.required"),
                new Case(new WorkOrder("tech", now.plusMinutes(30), "换阀门", null, null, "王先生"), "arrivedAt",
                        "error.task.arrivedLater"),
                new Case(new WorkOrder("tech", T0, null, "阀门", null, "王先生"), "workDone", "error.required"),
                new Case(new WorkOrder("tech", T0, "换阀门", null, null, null), "signedOffBy",
                        "error.task.signOffRequired"))) {
            Task t = task(TaskKind.REPAIR);
            t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
            t.act(TaskAction.PLAN, "tech", null, null, null, DAY, THREE_DAYS, T0);
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> t.act(TaskAction.COMPLETE, "tech", null, null, c.order(), DAY, THREE_DAYS, now));
            assertEquals(c.key(), e.messageKey(), c.field());
            assertEquals(c.field(), e.field());
            assertEquals(TaskState.TO_IMPLEMENT, t.getState(), "nothing changed");
            assertNull(t.getWorkOrder());
        }
        // the owner was not at home: the reason stands in for his sign-off; a phone clock 3 minutes ahead is fine
        Task t = task(TaskKind.REPAIR);
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.PLAN, "tech", null, null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.COMPLETE, "tech", null, null, new WorkOrder("tech", now.plusMinutes(3), "换阀门", null, null,
                null, "业主不在家，邻居代为确认"), DAY, THREE_DAYS, now);
        assertEquals(TaskState.COMPLETED, t.getState());
        assertEquals("业主不在家，邻居代为确认", t.getWorkOrder().getNotSignedReason());
        // a complaint is settled by talking, not on site: its comment is enough
        Task complaint = task(TaskKind.COMPLAINT);
        complaint.act(TaskAction.ASSIGN, "manager", "assistant", null, null, DAY, THREE_DAYS, T0);
        complaint.act(TaskAction.PLAN, "assistant", null, null, null, DAY, THREE_DAYS, T0);
        complaint.act(TaskAction.COMPLETE, "assistant", null, "已协调", null, DAY, THREE_DAYS, now);
        assertEquals(TaskState.COMPLETED, complaint.getState());
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reception reception() {
        return withId(new Reception(1L, 10L, 100L, null, Channel.PHONE, "王先生", "138 0000 0001",
                "卫生间漏水", "frontdesk", T0), 5L);
    }

    private static IssueCategory category() {
        return withId(new IssueCategory(1L, null, "water-pipe", "给排水管", "Water pipe")
                .defaults(TaskKind.REPAIR, SlaTier.GENERAL, LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, 24),
                7L);
    }

    private static Task task(TaskKind kind) {
        return withId(new Task(reception(), kind, null, category(), LocationKind.UNIT, Department.ENGINEERING,
                SlaTier.GENERAL, T0.plusMinutes(30), false, Escalation.assess(kind, 0, 0), 0, "frontdesk", null, T0),
                9L);
    }

    @Test
    void aNewTaskWaitsForItsSupervisorAndIsOwnedByTheFirstResponder() {
        Task t = task(TaskKind.REPAIR);
        assertEquals(TaskState.TO_ASSIGN, t.getState());
        assertEquals("frontdesk", t.getOwner());
        assertEquals("T00000009", t.getNumber());
        assertEquals(10L, t.getEstateId());
        assertFalse(t.isOverdue(T0.plusMinutes(29)));
        assertTrue(t.isOverdue(T0.plusMinutes(31)));
        TaskEvent created = t.created();
        assertEquals("CREATE", created.getAction());
        assertEquals(TaskState.TO_ASSIGN, created.getToState());
    }

    @Test
    void assigningNeedsATechnician() {
        Task t = task(TaskKind.REPAIR);
        assertThrows(RuleViolationException.class,
                () -> t.act(TaskAction.ASSIGN, "engineer", " ", null, null, DAY, THREE_DAYS, T0));
        TaskEvent e = t.act(TaskAction.ASSIGN, "engineer", "tech", "去看看", null, DAY, THREE_DAYS, T0);
        assertEquals("tech", t.getAssignee());
        assertEquals(TaskState.TO_ASSIGN, e.getFromState());
        assertEquals(TaskState.TO_REPLY, e.getToState());
        assertEquals("tech", e.getAssignee());
    }

    @Test
    void completingRecordsTheWorkOrderAndSchedulesTheCallback() {
        Task t = task(TaskKind.REPAIR);
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.PLAN, "tech", null, null, null, DAY, THREE_DAYS, T0.plusMinutes(5));
        OffsetDateTime done = T0.plusMinutes(25);
        t.act(TaskAction.COMPLETE, "tech", null, "换阀门", new WorkOrder("tech", T0.plusMinutes(10), "更换阀门",
                "阀门 1 个", new BigDecimal("35.5"), "王先生"), DAY, THREE_DAYS, done);
        assertEquals(TaskState.COMPLETED, t.getState());
        assertEquals(done, t.getCompletedAt());
        assertEquals(T0.plusMinutes(30), t.getDueAt(), "the standard completion time of the general tier");
        assertEquals(t.getDueAt().plusHours(24), t.getCallbackDueAt(),
                "R1.7: due 24 hours after the standard completion time, not after the actual one");
        assertEquals(done.plusDays(3), t.getCallbackLatestAt());

        Task late = task(TaskKind.REPAIR);
        late.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        late.act(TaskAction.PLAN, "tech", null, null, null, DAY, THREE_DAYS, T0);
        OffsetDateTime overdue = T0.plusHours(5);
        late.act(TaskAction.COMPLETE, "tech", null, null, doneOnSite(), DAY, THREE_DAYS, overdue);
        assertEquals(overdue.plusHours(24), late.getCallbackDueAt(), "completed after its due time: from the end");
        assertEquals(new BigDecimal("35.50"), t.getWorkOrder().getCharge());
        assertFalse(t.isOverdue(T0.plusDays(1)), "a completed task is not overdue");
    }

    @Test
    void aDissatisfiedCallbackReopensAndASatisfiedOneCloses() {
        Task t = task(TaskKind.COMPLAINT);
        t.act(TaskAction.ASSIGN, "manager", "assistant", null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.PLAN, "assistant", null, null, null, DAY, THREE_DAYS, T0);
        assertThrows(ConflictException.class, () -> t.callback(CallbackResult.SATISFIED, null, "frontdesk", T0));
        t.act(TaskAction.COMPLETE, "assistant", null, null, null, DAY, THREE_DAYS, T0.plusHours(1));

        Callback unhappy = t.callback(CallbackResult.DISSATISFIED, "还是漏", "frontdesk", T0.plusDays(1));
        assertFalse(unhappy.isLate());
        assertEquals(TaskState.TO_IMPLEMENT, t.getState());
        assertNull(t.getCompletedAt());

        t.act(TaskAction.COMPLETE, "assistant", null, null, null, DAY, THREE_DAYS, T0.plusDays(2));
        Callback happy = t.callback(CallbackResult.FAIR, null, "frontdesk", T0.plusDays(6));
        assertTrue(happy.isLate(), "after the latest callback time");
        assertEquals(TaskState.CLOSED, t.getState());
        assertEquals(T0.plusDays(6), t.getClosedAt());
        assertEquals("CALLBACK", t.callbackEvent(happy).getAction());
    }

    @Test
    void aReceptionFollowsItsTasks() {
        Reception r = reception();
        assertEquals(ReceptionState.TO_SPLIT, r.getState());
        assertEquals("13800000001", r.getCallerPhone());
        r.follow(List.of(TaskState.TO_REPLY, TaskState.COMPLETED));
        assertEquals(ReceptionState.SPLIT, r.getState());
        r.follow(List.of(TaskState.VOID, TaskState.COMPLETED));
        assertEquals(ReceptionState.TO_CONFIRM, r.getState());
        r.follow(List.of(TaskState.VOID, TaskState.CLOSED));
        assertEquals(ReceptionState.CLOSED, r.getState());
        assertThrows(ConflictException.class, r::checkOpenForTasks);
    }

    @Test
    void aReceptionNeedsAUnitOrALocation() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new Reception(1L, 10L, null, " ",
                Channel.VISIT, "李女士", "13900000000", "路灯不亮", "frontdesk", T0));
        assertEquals("location", e.field());
    }

    @Test
    void theDispatchTablePrefersTheExactLocationThenAnyThenTheCategory() {
        IssueCategory water = category();
        DispatchRule any = new DispatchRule(1L, 7L, LocationKind.ANY, Department.EXTERNAL);
        DispatchRule inUnit = new DispatchRule(1L, 7L, LocationKind.UNIT, Department.CS_ASSISTANT);
        DispatchRule other = new DispatchRule(1L, 8L, LocationKind.UNIT, Department.SECURITY);
        assertEquals(Department.CS_ASSISTANT, DispatchRule.resolve(water, LocationKind.UNIT, List.of(any, inUnit, other)));
        assertEquals(Department.EXTERNAL, DispatchRule.resolve(water, LocationKind.PUBLIC_AREA, List.of(any, inUnit)));
        assertEquals(Department.ENGINEERING, DispatchRule.resolve(water, LocationKind.UNIT, List.of(other)));
    }

    @Test
    void theLibraryIsListedAsATree() {
        IssueCategory quality = withId(new IssueCategory(1L, null, "quality", "房屋质量", null), 1L);
        IssueCategory waterproofing = withId(new IssueCategory(1L, 1L, "waterproofing", "防水", null), 2L);
        IssueCategory leak = withId(new IssueCategory(1L, 2L, "bathroom-leak", "卫生间渗漏", null), 3L);
        IssueCategory crack = withId(new IssueCategory(1L, 1L, "wall-crack", "墙体开裂", null), 4L);
        IssueCategory fees = withId(new IssueCategory(1L, null, "fees", "收费", null), 5L);
        IssueCategory orphan = withId(new IssueCategory(1L, 99L, "orphan", "孤立", null), 6L);
        List<IssueCategory> ordered = IssueCategory.inTreeOrder(List.of(leak, fees, crack, quality, orphan,
                waterproofing));
        // roots in the order given (a category whose parent is missing counts as one), each followed by its subtree
        assertEquals(List.of("fees", "quality", "wall-crack", "waterproofing", "bathroom-leak", "orphan"),
                ordered.stream().map(IssueCategory::getCode).toList());
    }

    @Test
    void anUnreachableOwnerIsCalledAgainUntilTheLastAttemptCloses() {
        Task t = task(TaskKind.REPAIR);
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.PLAN, "tech", null, null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.COMPLETE, "tech", null, null, doneOnSite(), DAY, THREE_DAYS, T0.plusMinutes(20));
        t.callback(CallbackResult.UNREACHABLE, "无人接听", "frontdesk", 0, 3, T0.plusDays(1));
        assertEquals(TaskState.COMPLETED, t.getState(), "waits for the next attempt");
        t.callback(CallbackResult.UNREACHABLE, "关机", "frontdesk", 1, 3, T0.plusDays(2));
        assertEquals(TaskState.COMPLETED, t.getState());
        Callback last = t.callback(CallbackResult.UNREACHABLE, "空号", "frontdesk", 2, 3, T0.plusDays(3));
        assertEquals(TaskState.CLOSED, t.getState(), "the third unreachable attempt closes it");
        assertEquals(CallbackResult.UNREACHABLE, last.getResult());
        assertEquals(T0.plusDays(3), t.getClosedAt());
    }

    @Test
    void onlyTheAssigneeHisSupervisorsTheCsManagerOrAnAdministratorWorkAnAssignedTask() {
        Task t = task(TaskKind.REPAIR);
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        // the issue's case: finance and the CS assistant hold broad roles, but this is engineering's task for tech
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> t.checkWorkableBy(TaskAction.PLAN, "finance", Set.of(Roles.FINANCE, Roles.STAFF)::contains));
        assertEquals("error.task.notYourTask", denied.messageKey());
        assertThrows(AccessDeniedException.class,
                () -> t.checkWorkableBy(TaskAction.PLAN, "assistant", Set.of(Roles.CS_ASSISTANT)::contains));
        assertThrows(AccessDeniedException.class, () -> t.checkWorkableBy(TaskAction.DISCUSS, "tech2",
                Set.of(Roles.TECHNICIAN)::contains), "another technician of the same department");
        assertThrows(AccessDeniedException.class, () -> t.checkWorkableBy(TaskAction.PLAN, "supervisor",
                Set.of(Roles.CS_SUPERVISOR)::contains), "a supervisor of another department");

        t.checkWorkableBy(TaskAction.PLAN, "tech", Set.of(Roles.TECHNICIAN)::contains);
        t.checkWorkableBy(TaskAction.PLAN, "engineer", Set.of(Roles.ENGINEERING_MANAGER)::contains);
        t.checkWorkableBy(TaskAction.PLAN, "engsup", Set.of(Roles.ENGINEERING_SUPERVISOR)::contains);
        t.checkWorkableBy(TaskAction.PLAN, "manager", Set.of(Roles.CS_MANAGER)::contains);
        t.checkWorkableBy(TaskAction.PLAN, "admin", Set.of(Roles.ADMIN)::contains);
        assertEquals(TaskState.TO_REPLY, t.getState(), "checking changes nothing");
    }

    @Test
    void anIllegalStepIsAConflictForEverybodyBeforeAnyoneIsAskedWhoHeIs() {
        Task t = task(TaskKind.REPAIR);
        assertThrows(ConflictException.class,
                () -> t.checkWorkableBy(TaskAction.COMPLETE, "assistant", Set.of(Roles.CS_ASSISTANT)::contains));
        assertFalse(t.mayBeWorkedBy("tech", Set.of(Roles.TECHNICIAN)::contains), "nobody's task yet");
        assertTrue(t.mayBeWorkedBy("engineer", Set.of(Roles.ENGINEERING_MANAGER)::contains));
    }

    @Test
    void waitingOnTheCustomerStopsTheClockAndResumingMovesTheDueTime() {
        Task t = task(TaskKind.REPAIR);
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        t.act(TaskAction.DISCUSS, "tech", null, null, null, DAY, THREE_DAYS, T0.plusMinutes(5));
        assertEquals("error.task.reasonRequired", assertThrows(RuleViolationException.class,
                () -> t.act(TaskAction.WAIT_CUSTOMER, "tech", null, " ", null, DAY, THREE_DAYS, T0.plusMinutes(10)))
                .messageKey());
        assertEquals(TaskState.IN_DISCUSSION, t.getState(), "refused: nothing changed");

        TaskEvent wait = t.act(TaskAction.WAIT_CUSTOMER, "tech", null, "业主出差，下周回来", null, DAY, THREE_DAYS,
                T0.plusMinutes(10));
        assertEquals("WAIT_CUSTOMER", wait.getAction());
        assertEquals(TaskState.IN_DISCUSSION, wait.getFromState());
        assertEquals(TaskState.WAITING_CUSTOMER, wait.getToState());
        assertEquals("业主出差，下周回来", wait.getComment());
        assertEquals(T0.plusMinutes(10), t.getPausedSince());
        assertTrue(t.getState().isOpen(), "still an open task");
        assertFalse(t.isOverdue(T0.plusDays(5)), "a waiting task is never overdue");
        assertThrows(ConflictException.class,
                () -> t.act(TaskAction.COMPLETE, "tech", null, null, null, DAY, THREE_DAYS, T0.plusHours(1)));
        assertThrows(ConflictException.class,
                () -> t.act(TaskAction.ASSIGN, "engineer", "tech2", null, null, DAY, THREE_DAYS, T0.plusHours(1)));

        // resumed two days later: back to the discussion, due two days (less ten minutes) later than before
        OffsetDateTime back = T0.plusDays(2);
        TaskEvent resume = t.act(TaskAction.RESUME, "tech", null, null, null, DAY, THREE_DAYS, back);
        assertEquals(TaskState.WAITING_CUSTOMER, resume.getFromState());
        assertEquals(TaskState.IN_DISCUSSION, resume.getToState());
        assertEquals(TaskState.IN_DISCUSSION, t.getState());
        Duration waited = Duration.between(T0.plusMinutes(10), back);
        assertEquals(T0.plusMinutes(30).plus(waited), t.getDueAt());
        assertEquals(waited, t.getPaused());
        assertNull(t.getPausedSince());
        assertFalse(t.isOverdue(back.plusMinutes(19)), "20 minutes of its handling time were left");
        assertTrue(t.isOverdue(back.plusMinutes(21)));
        assertThrows(ConflictException.class,
                () -> t.act(TaskAction.RESUME, "tech", null, null, null, DAY, THREE_DAYS, back), "not waiting");

        // a second wait adds up
        t.act(TaskAction.WAIT_CUSTOMER, "tech", null, "等业主买材料", null, DAY, THREE_DAYS, back.plusMinutes(1));
        t.act(TaskAction.RESUME, "tech", null, null, null, DAY, THREE_DAYS, back.plusHours(1).plusMinutes(1));
        assertEquals(waited.plusHours(1), t.getPaused());
        assertEquals(T0.plusMinutes(30).plus(waited).plusHours(1), t.getDueAt());
    }

    @Test
    void aDayTierTaskResumedAfterAWeekendMovesOnlyByTheWorkingTimeItWaited() {
        // received Thursday 26 November 09:00, difficult: due Tuesday 1 December 09:00
        OffsetDateTime thursday = OffsetDateTime.parse("2026-11-26T09:00:00+08:00");
        Task t = withId(new Task(reception(), TaskKind.REPAIR, null, category(), LocationKind.UNIT,
                Department.ENGINEERING, SlaTier.DIFFICULT, SlaPolicy.DEFAULT.dueAt(SlaTier.DIFFICULT, thursday, null),
                false, Escalation.assess(TaskKind.REPAIR, 0, 0), 0, "frontdesk", null, thursday), 11L);
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00+08:00"), t.getDueAt());
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, thursday);
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T17:00:00+08:00");
        t.act(TaskAction.WAIT_CUSTOMER, "tech", null, "业主周末不在家", null, DAY, THREE_DAYS, friday);
        OffsetDateTime monday = OffsetDateTime.parse("2026-11-30T09:00:00+08:00");
        t.act(TaskAction.RESUME, "tech", null, null, null, DAY, THREE_DAYS,
                SlaPolicy.DEFAULT.waitingTime(SlaTier.DIFFICULT, Map.of()), monday);
        // 7 hours of Friday and 9 of Monday: Tuesday 09:00 + 16 working hours = Wednesday 01:00, not Thursday 01:00
        assertEquals(OffsetDateTime.parse("2026-12-02T01:00:00+08:00"), t.getDueAt());
        assertEquals(Duration.ofHours(64), t.getPaused(), "the waiting itself is reported on the clock");
    }

    @Test
    void aWaitingTaskCanBeVoidedAndOnlyItsWorkersPauseIt() {
        Task t = task(TaskKind.REPAIR);
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, THREE_DAYS, T0);
        assertThrows(AccessDeniedException.class, () -> t.checkWorkableBy(TaskAction.WAIT_CUSTOMER, "finance",
                Set.of(Roles.FINANCE, Roles.STAFF)::contains));
        t.checkWorkableBy(TaskAction.WAIT_CUSTOMER, "tech", Set.of(Roles.TECHNICIAN)::contains);
        t.act(TaskAction.WAIT_CUSTOMER, "tech", null, "联系不上业主", null, DAY, THREE_DAYS, T0.plusMinutes(5));
        assertThrows(AccessDeniedException.class, () -> t.checkWorkableBy(TaskAction.RESUME, "tech2",
                Set.of(Roles.TECHNICIAN)::contains));
        t.checkWorkableBy(TaskAction.RESUME, "engsup", Set.of(Roles.ENGINEERING_SUPERVISOR)::contains);
        TaskEvent voided = t.act(TaskAction.VOID, "frontdesk", null, "业主取消", null, DAY, THREE_DAYS,
                T0.plusHours(1));
        assertEquals(TaskState.WAITING_CUSTOMER, voided.getFromState());
        assertEquals(TaskState.VOID, t.getState());
        assertNull(t.getPausedSince());
        assertEquals(Duration.ofMinutes(55), t.getPaused());
    }
}
