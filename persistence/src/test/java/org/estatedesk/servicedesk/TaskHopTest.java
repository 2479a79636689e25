package org.estatedesk.servicedesk;

import static org.estatedesk.servicedesk.TaskTest.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Correcting the split (issue 20): re-categorising and transferring a running task, each a hop of its history. */
class TaskHopTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");
    private static final Duration DAY = Duration.ofHours(24);
    /** The SLA's due time of a tier for a task created at T0, as the service computes it. */
    private static final Function<SlaTier, OffsetDateTime> DUE = tier -> SlaPolicy.DEFAULT.dueAt(tier, T0, null);

    private static IssueCategory category(long id, long company, String code, SlaTier tier, Department dept) {
        return withId(new IssueCategory(company, null, code, code + "中文", code)
                .defaults(TaskKind.REPAIR, tier, LocationKind.UNIT, dept, null), id);
    }

    private static final IssueCategory PIPE = category(7L, 1L, "water-pipe", SlaTier.GENERAL, Department.ENGINEERING);

    private static Task task(boolean emergency) {
        Reception r = withId(new Reception(1L, 10L, 100L, null, Channel.PHONE, "王先生", "138 0000 0001", "卫生间漏水",
                "frontdesk", T0), 5L);
        return withId(new Task(r, TaskKind.REPAIR, null, PIPE, LocationKind.UNIT, Department.ENGINEERING,
                SlaTier.GENERAL, T0.plusMinutes(30), emergency, Escalation.assess(TaskKind.REPAIR, 0, 0), 0,
                "frontdesk", null, T0), 9L);
    }

    @Test
    void aRecategorisedTaskTakesTheNewTierAndItsDueTimeFromTheCreation() {
        Task t = task(false);
        t.act(TaskAction.ASSIGN, "engsup", "tech", null, null, DAY, DAY, T0.plusMinutes(5));
        IssueCategory leak = category(8L, 1L, "roof-leak", SlaTier.COMPLEX, Department.ENGINEERING);
        List<TaskEvent> hops = t.recategorise(leak, Department.ENGINEERING, DUE, " 实为屋面渗漏 ", "frontdesk",
                T0.plusMinutes(10));
        assertEquals(1, hops.size(), "same department: no transfer");
        TaskEvent hop = hops.get(0);
        assertEquals("RECATEGORISE", hop.getAction());
        assertEquals("7", hop.getHopFrom());
        assertEquals("8", hop.getHopTo());
        assertEquals("实为屋面渗漏", hop.getComment());
        assertEquals("frontdesk", hop.getActor());
        assertTrue(hop.isHop());
        assertEquals(8L, t.getCategoryId());
        assertEquals("roof-leak", t.getCategoryCode());
        assertEquals(SlaTier.COMPLEX, t.getTier());
        assertEquals(T0.plusHours(3), t.getDueAt(), "3 hours from the creation, not from now");
        assertEquals(TaskState.TO_REPLY, t.getState(), "the technician keeps it");
        assertEquals("tech", t.getAssignee());
    }

    @Test
    void anEmergencyKeepsItsTierAndDueTime() {
        Task t = task(true);
        IssueCategory leak = category(8L, 1L, "roof-leak", SlaTier.DIFFICULT, Department.ENGINEERING);
        assertEquals(SlaTier.GENERAL, t.tierOnRecategorising(leak));
        t.recategorise(leak, Department.ENGINEERING, DUE, "改类", "frontdesk", T0.plusMinutes(1));
        assertEquals(SlaTier.GENERAL, t.getTier());
        assertEquals(T0.plusMinutes(30), t.getDueAt());
    }

    @Test
    void aCategoryOfAnotherDepartmentTransfersTheTaskToItsSupervisors() {
        Task t = task(false);
        t.act(TaskAction.ASSIGN, "engsup", "tech", null, null, DAY, DAY, T0.plusMinutes(5));
        IssueCategory noise = category(9L, 1L, "noise", SlaTier.GENERAL, Department.SECURITY);
        List<TaskEvent> hops = t.recategorise(noise, Department.SECURITY, DUE, "噪音扰民", "frontdesk",
                T0.plusMinutes(10));
        assertEquals(List.of("RECATEGORISE", "TRANSFER"), hops.stream().map(TaskEvent::getAction).toList());
        TaskEvent transfer = hops.get(1);
        assertEquals("ENGINEERING", transfer.getHopFrom());
        assertEquals("SECURITY", transfer.getHopTo());
        assertEquals(TaskState.TO_REPLY, transfer.getFromState());
        assertEquals(TaskState.TO_ASSIGN, transfer.getToState());
        assertEquals(Department.SECURITY, t.getDepartment());
        assertEquals(TaskState.TO_ASSIGN, t.getState());
        assertNull(t.getAssignee(), "the new department's supervisor assigns");
        assertEquals(T0.plusMinutes(30), t.getDueAt(), "same tier, same due time");
    }

    @Test
    void aTransferNeedsAnotherDepartmentAndAReason() {
        Task t = task(false);
        RuleViolationException same = assertThrows(RuleViolationException.class,
                () -> t.transfer(Department.ENGINEERING, "x", "frontdesk", T0));
        assertEquals("department", same.field());
        assertEquals("department", assertThrows(RuleViolationException.class,
                () -> t.transfer(null, "x", "frontdesk", T0)).field());
        assertEquals("comment", assertThrows(RuleViolationException.class,
                () -> t.transfer(Department.ENVIRONMENT, " ", "frontdesk", T0)).field());
        assertEquals(Department.ENGINEERING, t.getDepartment(), "nothing changed");
        TaskEvent hop = t.transfer(Department.ENVIRONMENT, "属保洁", "frontdesk", T0);
        assertEquals("TRANSFER", hop.getAction());
        assertEquals(Department.ENVIRONMENT, t.getDepartment());
    }

    @Test
    void aRecategorisationNeedsAnotherActiveCategoryOfTheCompany() {
        Task t = task(false);
        assertEquals("categoryId", assertThrows(RuleViolationException.class,
                () -> t.recategorise(PIPE, Department.ENGINEERING, DUE, "x", "frontdesk", T0)).field());
        IssueCategory foreign = category(8L, 2L, "roof-leak", SlaTier.GENERAL, Department.ENGINEERING);
        assertEquals("categoryId", assertThrows(RuleViolationException.class,
                () -> t.recategorise(foreign, Department.ENGINEERING, DUE, "x", "frontdesk", T0)).field());
        IssueCategory inactive = category(8L, 1L, "roof-leak", SlaTier.GENERAL, Department.ENGINEERING);
        inactive.activate(false);
        assertEquals("categoryId", assertThrows(RuleViolationException.class,
                () -> t.recategorise(inactive, Department.ENGINEERING, DUE, "x", "frontdesk", T0)).field());
        IssueCategory leak = category(8L, 1L, "roof-leak", SlaTier.GENERAL, Department.ENGINEERING);
        assertEquals("comment", assertThrows(RuleViolationException.class,
                () -> t.recategorise(leak, Department.ENGINEERING, DUE, null, "frontdesk", T0)).field());
        assertEquals(7L, t.getCategoryId(), "nothing changed");
    }

    @Test
    void onlyARunningTaskIsRecategorisedOrTransferred() {
        Task t = task(false);
        t.act(TaskAction.WAIT_CUSTOMER, "engsup", null, "业主出差", null, DAY, DAY, T0);
        IssueCategory leak = category(8L, 1L, "roof-leak", SlaTier.GENERAL, Department.ENGINEERING);
        assertThrows(ConflictException.class,
                () -> t.recategorise(leak, Department.ENGINEERING, DUE, "x", "frontdesk", T0));
        assertThrows(ConflictException.class, () -> t.transfer(Department.SECURITY, "x", "frontdesk", T0));
        for (TaskState s : List.of(TaskState.COMPLETED, TaskState.CLOSED, TaskState.VOID, TaskState.INVALID)) {
            assertThrows(ConflictException.class, () -> s.after(TaskAction.TRANSFER, TaskKind.REPAIR));
            assertThrows(ConflictException.class, () -> s.after(TaskAction.RECATEGORISE, TaskKind.REPAIR));
        }
    }

    @Test
    void theDeskOrTheDepartmentsSupervisorMayCorrectTheSplitNotATechnician() {
        Task t = task(false);
        for (String role : List.of(Roles.FRONT_DESK, Roles.CS_ASSISTANT, Roles.CS_SUPERVISOR, Roles.CS_MANAGER,
                Roles.ADMIN, Roles.ENGINEERING_SUPERVISOR, Roles.ENGINEERING_MANAGER)) {
            assertDoesNotThrow(() -> t.checkRoutableBy(Set.of(role)::contains), role);
        }
        for (String role : List.of(Roles.TECHNICIAN, Roles.SECURITY_MANAGER, Roles.FINANCE)) {
            assertThrows(AccessDeniedException.class, () -> t.checkRoutableBy(Set.of(role)::contains), role);
        }
    }
}
