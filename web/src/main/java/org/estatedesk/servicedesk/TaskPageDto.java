package org.estatedesk.servicedesk;

import java.util.List;

/**
 * A page of the task list: its tasks, the total, and whether the total is exact — a search counts up to
 * {@link TaskSearch#COUNT_LIMIT} tasks, and a total of one more says only that more match ({@code totalExact}
 * false): narrow the search to see them all.
 */
public record TaskPageDto(List<TaskDto> items, long total, boolean totalExact) {
}
