package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    @EnumSource(value = TaskState.class, names = {"TO_ASSIGN", "TO_REPLY", "IN_DISCUSSION", "TO_IMPLEMENT"})
    void everyOpenTaskCanBeVoided(TaskState s) {
        assertEquals(TaskState.VOID, s.after(TaskAction.VOID, TaskKind.COMPLAINT));
    }
}
