package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskHistoryCommentsTest {

    @Test
    void aCallbackReadsAsItsResultsName() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals("满意：修得很好", TaskHistoryComments.comment(zh, "CALLBACK", "SATISFIED: 修得很好"));
        assertEquals("不满意", TaskHistoryComments.comment(zh, "CALLBACK", "DISSATISFIED"));
        assertEquals("Not reached: no answer",
                TaskHistoryComments.comment(Locale.ENGLISH, "CALLBACK", "UNREACHABLE: no answer"));
    }

    @Test
    void otherLinesAreShownAsWritten() {
        assertEquals("SATISFIED: x", TaskHistoryComments.comment(Locale.ENGLISH, "ASSIGN", "SATISFIED: x"));
        assertEquals("called twice", TaskHistoryComments.comment(Locale.ENGLISH, "CALLBACK", "called twice"));
    }

    private static IssueCategory category(long id, String code, String zh, String en) {
        IssueCategory c = new IssueCategory(1L, null, code, zh, en);
        try {
            Field f = IssueCategory.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Test
    void aHopReadsFromWhereToWhereByNameAndWhy() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");
        TaskDetail d = new TaskDetail(null, null, TaskSite.UNKNOWN, List.of(), List.of(), Map.of(
                7L, category(7, "water-pipe", "公共给排水管道", "Public water pipes"),
                8L, category(8, "street-light", "路灯、楼道灯", "Street lights")));
        TaskEvent recategorised = TaskEvent.hop(9L, at, "frontdesk", TaskAction.RECATEGORISE, TaskState.TO_REPLY,
                TaskState.TO_REPLY, "7", "8", "其实是灯");
        assertEquals("公共给排水管道 → 路灯、楼道灯：其实是灯",
                TaskHistoryComments.hop(Locale.SIMPLIFIED_CHINESE, d, recategorised));
        assertEquals("Public water pipes → Street lights: 其实是灯",
                TaskHistoryComments.hop(Locale.ENGLISH, d, recategorised));
        TaskEvent transferred = TaskEvent.hop(9L, at, "frontdesk", TaskAction.TRANSFER, TaskState.TO_REPLY,
                TaskState.TO_ASSIGN, "ENGINEERING", "SECURITY", "秩序问题");
        assertEquals("工程部 → 秩序部：秩序问题", TaskHistoryComments.hop(Locale.SIMPLIFIED_CHINESE, d, transferred));
        assertEquals(null, TaskHistoryComments.hopName(Locale.ENGLISH, d, new TaskEvent(), "x"), "no hop");
    }
}
