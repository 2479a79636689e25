package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A contractor's monthly settlement (R1.14): his warranty repairs completed in the month and what they cost, with
 * where each task is and its category's name ({@code sites}, by task id).
 */
public record Settlement(Contractor contractor, YearMonth period, List<Task> tasks, BigDecimal total,
        Map<Long, TaskSite> sites) {

    /** The task's category in the reader's language (its code when the task's site is unknown). */
    public String categoryName(Task t, Locale locale) {
        TaskSite site = sites.get(t.getId());
        String name = site == null ? null : site.categoryName(locale);
        return name == null || name.isBlank() ? t.getCategoryCode() : name;
    }
}
