package org.estatedesk.servicedesk;

import static org.estatedesk.servicedesk.TaskTest.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The task list's search (issue 20): what a keyword means, the orders, a category's sub-tree. */
class TaskSearchTest {
    @Test
    void aKeywordIsClassifiedByItsForm() {
        assertNull(TaskKeyword.of(null));
        assertNull(TaskKeyword.of("  "));
        TaskKeyword number = TaskKeyword.of("T00000012");
        assertEquals(TaskKeyword.Kind.NUMBER, number.kind());
        assertEquals(12L, number.taskId());
        assertEquals(900123456L, TaskKeyword.of(" t900123456 ").taskId());
        assertEquals(12L, TaskKeyword.of("00000012").taskId(), "the printed digits without the T");
        assertEquals(TaskKeyword.Kind.UNIT, TaskKeyword.of("3-2-404").kind());
        assertEquals(TaskKeyword.Kind.UNIT, TaskKeyword.of("A-1-0101").kind());
        assertEquals(TaskKeyword.Kind.UNIT, TaskKeyword.of("3-2").kind());
        TaskKeyword phone = TaskKeyword.of("138 0592 0001");
        assertEquals(TaskKeyword.Kind.PHONE, phone.kind());
        assertEquals("13805920001", phone.text(), "kept as digits, as the receptions store it");
        assertEquals(TaskKeyword.Kind.PHONE, TaskKeyword.of("+8613805920001").kind());
        assertEquals(TaskKeyword.Kind.PHONE, TaskKeyword.of("138").kind());
        assertEquals(TaskKeyword.Kind.PHONE, TaskKeyword.of("12345678").kind(), "eight digits without a leading 0");
        assertEquals(TaskKeyword.Kind.TEXT, TaskKeyword.of("12").kind(), "too short for a phone");
        assertEquals(TaskKeyword.Kind.TEXT, TaskKeyword.of("王先生").kind());
        assertEquals(TaskKeyword.Kind.TEXT, TaskKeyword.of("漏水 3 楼").kind());
    }

    @Test
    void aPrefixIsARangeAndWordsAreEscaped() {
        TaskKeyword k = TaskKeyword.of("王");
        assertEquals("王", k.low());
        assertTrue(k.high().compareTo("王先生") > 0 && k.high().compareTo("王") > 0);
        assertEquals("%50!% off!_now!!%", TaskKeyword.of("50% OFF_now!").contains());
    }

    @Test
    void theOrders() {
        assertEquals(TaskSort.NEWEST, TaskSort.of(null));
        assertEquals(TaskSort.NEWEST, TaskSort.of(""));
        assertEquals(TaskSort.DUE, TaskSort.of("due"));
        assertEquals(TaskSort.DUE_DESC, TaskSort.of("-due"));
        assertEquals(TaskSort.REGISTERED, TaskSort.of("registered"));
        assertEquals(TaskSort.REGISTERED_DESC, TaskSort.of("-registered"));
        assertNull(TaskSort.of("price"));
        assertNull(TaskSort.of("DUE"));
        for (TaskSort s : TaskSort.values()) {
            assertTrue(s.orderBy().contains("t.id"), "the id breaks ties: " + s);
        }
    }

    @Test
    void aSearchKnowsWhatNarrows() {
        assertTrue(TaskSearch.NONE.none());
        assertFalse(TaskSearch.NONE.narrows());
        TaskSearch sorted = TaskSearch.NONE.withSort(TaskSort.DUE);
        assertFalse(sorted.narrows());
        assertFalse(sorted.none());
        OffsetDateTime day = OffsetDateTime.parse("2026-03-01T00:00+08:00");
        TaskSearch month = new TaskSearch(null, day, day.plusMonths(1), null, null, null, null, null);
        assertTrue(month.narrows());
        assertTrue(month.dated());
        assertTrue(month.pinpoint(), "a date range reads the index by creation time, not the estate's");
        assertEquals("order by t.createdAt desc, t.id desc", month.orderBy(), "newest first by registration");
        assertEquals("order by t.dueAt, t.id", month.withSort(TaskSort.DUE).orderBy());
        assertEquals("order by t.id desc", TaskSearch.NONE.orderBy());
        assertTrue(new TaskSearch(TaskKeyword.of("3-2-404"), null, null, null, null, null, null, null).pinpoint());
        assertNull(new TaskSearch(null, null, null, null, null, null, "  ", null).unitCode());
        assertThrows(IllegalArgumentException.class,
                () -> new TaskSearch(null, day, day.minusDays(1), null, null, null, null, null));
    }

    @Test
    void aCategoryWithItsSubCategoriesAtAnyDepth() {
        IssueCategory quality = withId(new IssueCategory(1L, null, "quality", "房屋质量", null), 1L);
        IssueCategory waterproofing = withId(new IssueCategory(1L, 1L, "waterproofing", "防水", null), 2L);
        IssueCategory leak = withId(new IssueCategory(1L, 2L, "bathroom-leak", "卫生间渗漏", null), 3L);
        IssueCategory crack = withId(new IssueCategory(1L, 1L, "wall-crack", "墙体开裂", null), 4L);
        IssueCategory fees = withId(new IssueCategory(1L, null, "fees", "收费", null), 5L);
        // children listed before their parents: the sub-tree does not depend on the order
        List<IssueCategory> library = List.of(leak, crack, fees, waterproofing, quality);
        assertEquals(Set.of(1L, 2L, 3L, 4L), IssueCategory.subtree(library, 1L));
        assertEquals(Set.of(2L, 3L), IssueCategory.subtree(library, 2L));
        assertEquals(Set.of(5L), IssueCategory.subtree(library, 5L));
        assertEquals(Set.of(99L), IssueCategory.subtree(library, 99L), "an unknown category: itself only");
    }

    @Test
    void aSearchCountsUpToItsLimitAndThePlainListExactly() {
        TaskSearch category = new TaskSearch(null, null, null, java.util.Set.of(7L), null, null, null, TaskSort.NEWEST);
        org.junit.jupiter.api.Assertions.assertTrue(category.exact(TaskSearch.COUNT_LIMIT));
        org.junit.jupiter.api.Assertions.assertFalse(category.exact(TaskSearch.COUNT_LIMIT + 1), "more than counted");
        org.junit.jupiter.api.Assertions.assertTrue(TaskSearch.NONE.exact(5_000_000), "the counters' totals are exact");
    }
}
