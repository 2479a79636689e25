package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.estatedesk.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskStateTest {
    @Test
    void aRepairGoesTheWholeWay() {
        TaskState s = TaskState.TO_ASSIGN;
        s = s.after(TaskAction.ASSIGN, TaskKind.REPAIR);
        assertEquals(TaskState.TO_REPLY, s);
        s = s.after(TaskAction.DISCUSS, TaskKind.REPAIR);
        assertEquals(TaskState.IN_DISCUSSION, s);
        s = s.after(TaskAction.PLAN, TaskKind.REPAIR);
        assertEquals(TaskState.TO_IMPLEMENT, s);
        s = s.after(TaskAction.COMPLETE, TaskKind.REPAIR);
        assertEquals(TaskState.COMPLETED, s);
        assertEquals(TaskState.TO_IMPLEMENT, s.after(TaskAction.REOPEN, TaskKind.REPAIR));
        TaskState completed = s;
        // R1.7: a repair or complaint closes only through its callback, never by the desk's CLOSE
        assertEquals("error.task.closeByCallback", assertThrows(ConflictException.class,
                () -> completed.after(TaskAction.CLOSE, TaskKind.REPAIR)).messageKey());
        assertThrows(ConflictException.class, () -> completed.after(TaskAction.CLOSE, TaskKind.COMPLAINT));
        assertEquals(TaskState.CLOSED, s.after(TaskAction.CLOSE, TaskKind.CONSULTATION));
        assertEquals(TaskState.CLOSED, s.after(TaskAction.CLOSE, TaskKind.SPECIAL_SERVICE));
    }

    @Test
    void aRepairCannotCompleteBeforeItsPlan() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> TaskState.TO_REPLY.after(TaskAction.COMPLETE, TaskKind.REPAIR));
        assertEquals("error.task.illegalTransition", e.messageKey());
        assertThrows(ConflictException.class, () -> TaskState.TO_ASSIGN.after(TaskAction.COMPLETE, TaskKind.REPAIR));
        assertThrows(ConflictException.class, () -> TaskState.TO_ASSIGN.after(TaskAction.PLAN, TaskKind.REPAIR));
    }

    @Test
    void aConsultationIsAnsweredWithoutAPlan() {
        assertEquals(TaskState.COMPLETED, TaskState.TO_REPLY.after(TaskAction.COMPLETE, TaskKind.CONSULTATION));
        assertEquals(TaskState.COMPLETED, TaskState.IN_DISCUSSION.after(TaskAction.COMPLETE, TaskKind.SUGGESTION));
    }

    @Test
    void reassigningKeepsTheState() {
        assertEquals(TaskState.TO_IMPLEMENT, TaskState.TO_IMPLEMENT.after(TaskAction.ASSIGN, TaskKind.REPAIR));
        assertThrows(ConflictException.class, () -> TaskState.COMPLETED.after(TaskAction.ASSIGN, TaskKind.REPAIR));
    }

    @Test
    void onlyAnEarlyTaskCanBeInvalidated() {
        assertEquals(TaskState.INVALID, TaskState.TO_ASSIGN.after(TaskAction.INVALIDATE, TaskKind.REPAIR));
        assertEquals(TaskState.INVALID, TaskState.TO_REPLY.after(TaskAction.INVALIDATE, TaskKind.REPAIR));
        assertThrows(ConflictException.class,
                () -> TaskState.TO_IMPLEMENT.after(TaskAction.INVALIDATE, TaskKind.REPAIR));
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"CLOSED", "VOID", "INVALID"})
    void nothingMovesAFinalTask(TaskState s) {
        for (TaskAction a : TaskAction.values()) {
            assertThrows(ConflictException.class, () -> s.after(a, TaskKind.REPAIR), a.name());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"TO_ASSIGN", "TO_REPLY", "IN_DISCUSSION", "TO_IMPLEMENT",
        "WAITING_CUSTOMER"})
    void everyOpenTaskCanBeVoided(TaskState s) {
        assertEquals(TaskState.VOID, s.after(TaskAction.VOID, TaskKind.COMPLAINT));
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"TO_ASSIGN", "TO_REPLY", "IN_DISCUSSION", "TO_IMPLEMENT"})
    void aRunningTaskWaitsOnTheCustomerAndResumesToTheSameState(TaskState s) {
        TaskState waiting = s.after(TaskAction.WAIT_CUSTOMER, TaskKind.REPAIR);
        assertEquals(TaskState.WAITING_CUSTOMER, waiting);
        assertEquals(s, waiting.after(TaskAction.RESUME, TaskKind.REPAIR, s));
        assertThrows(ConflictException.class, () -> s.after(TaskAction.RESUME, TaskKind.REPAIR, s), "not waiting");
        assertTrue(s.isRunning());
        assertTrue(waiting.isOpen());
        assertFalse(waiting.isRunning(), "the SLA clock stands still");
    }

    @ParameterizedTest
    @EnumSource(value = TaskAction.class, names = {"ASSIGN", "DISCUSS", "PLAN", "COMPLETE", "CLOSE", "INVALIDATE",
        "REOPEN", "WAIT_CUSTOMER"})
    void aWaitingTaskOnlyResumesOrIsVoided(TaskAction a) {
        ConflictException e = assertThrows(ConflictException.class,
                () -> TaskState.WAITING_CUSTOMER.after(a, TaskKind.CONSULTATION, TaskState.TO_REPLY));
        assertEquals("error.task.illegalTransition", e.messageKey());
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"COMPLETED", "CLOSED", "VOID", "INVALID"})
    void aDoneTaskDoesNotWaitOnTheCustomer(TaskState s) {
        assertThrows(ConflictException.class, () -> s.after(TaskAction.WAIT_CUSTOMER, TaskKind.REPAIR));
        assertThrows(ConflictException.class, () -> s.after(TaskAction.RESUME, TaskKind.REPAIR, TaskState.TO_REPLY));
    }
}
