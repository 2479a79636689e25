package org.estatedesk.shared;

import java.util.List;
import java.util.Set;

/**
 * The estates a caller may see (R0.6, R0.7), resolved once from {@link DataScope#ESTATE_VISIBLE}: every estate for a
 * group administrator, else the ids that the condition let through. Lists that would otherwise join the estate and
 * the scope tables for every row filter by these ids on their own table.
 */
public record VisibleEstates(boolean all, Set<Long> ids) {
    public static final VisibleEstates EVERY = new VisibleEstates(true, Set.of());

    public VisibleEstates {
        ids = Set.copyOf(ids);
    }

    public static VisibleEstates of(java.util.Collection<Long> ids) {
        return new VisibleEstates(false, Set.copyOf(ids));
    }

    /** Nothing to see: a query would return no rows. */
    public boolean none() {
        return !all && ids.isEmpty();
    }

    public boolean contains(long estateId) {
        return all || ids.contains(estateId);
    }

    /** The ids in ascending order, as a query parameter. */
    public List<Long> sorted() {
        return ids.stream().sorted().toList();
    }
}
