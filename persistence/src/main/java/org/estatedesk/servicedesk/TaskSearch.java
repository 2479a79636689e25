package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The task list's search, on top of a {@link TaskFilter}: a {@link TaskKeyword}, the registration time in
 * {@code [from, to)}, the categories (one and its sub-categories), a department, a unit (by id, or the units whose code starts with {@code unitCode}), and the order. Every part
 * is optional; {@link #NONE} is the list as it was.
 */
public record TaskSearch(TaskKeyword keyword, OffsetDateTime from, OffsetDateTime to, Set<Long> categoryIds,
        Department department, Long unitId, String unitCode, TaskSort sort) {
    public static final TaskSearch NONE = new TaskSearch(null, null, null, null, null, null, null, TaskSort.NEWEST);

    /**
     * A search counts the tasks it finds up to this many; a total of {@code COUNT_LIMIT + 1} means "more": the list
     * then offers the first {@code COUNT_LIMIT + 1} and asks for a narrower search rather than counting hundreds of
     * thousands of rows exactly (the plain list's totals come from the counters and stay exact).
     */
    public static final int COUNT_LIMIT = 1_000;

    /** Whether a search's total is exact, or only says that more than {@link #COUNT_LIMIT} tasks match. */
    public boolean exact(long total) {
        return !narrows() || total <= COUNT_LIMIT;
    }

    public TaskSearch {
        if (unitCode != null && unitCode.isBlank()) {
            unitCode = null;
        }
        if (unitCode != null) {
            unitCode = unitCode.strip();
        }
        if (sort == null) {
            sort = TaskSort.NEWEST;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    /** Whether anything narrows the list (the order aside). */
    public boolean narrows() {
        return keyword != null || from != null || to != null || categoryIds != null || department != null
                || unitId != null || unitCode != null;
    }

    /** Whether the list is the plain one (no condition, the default order). */
    public boolean none() {
        return !narrows() && sort == TaskSort.NEWEST;
    }

    /** Whether a registered date range is given (the description is searched only within one). */
    public boolean dated() {
        return from != null || to != null;
    }

    /**
     * Whether the search starts from rows found through another index than the estate's (a task number, the units
     * or callers of a keyword, a unit, the registration dates): then the estates must not steer the database to the
     * estate's index (H2 read every task of the estates for a month's tasks).
     */
    public boolean pinpoint() {
        return unitId != null || unitCode != null || keyword != null || dated();
    }

    public TaskSearch withSort(TaskSort s) {
        return new TaskSearch(keyword, from, to, categoryIds, department, unitId, unitCode, s);
    }

    /**
     * The order by: newest first within registration dates is by registration time (the index of V46 walked
     * backwards: 5 ms for the first page of a month of 446,000 tasks, where by id H2 sorted them all: 7 s).
     */
    public String orderBy() {
        return sort == TaskSort.NEWEST && dated() ? TaskSort.REGISTERED_DESC.orderBy() : sort.orderBy();
    }
}
