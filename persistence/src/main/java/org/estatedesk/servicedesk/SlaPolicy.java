package org.estatedesk.servicedesk;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;

/**
 * A company's handling times per tier (R1.5, parameters of R0.9) and the one place where a task's due time is
 * computed: from the creation time for the fixed tiers, the agreed time for SPECIAL.
 */
public record SlaPolicy(Duration general, Duration complex, Duration difficult) {
    public static final SlaPolicy DEFAULT = new SlaPolicy(Duration.ofMinutes(30), Duration.ofHours(3),
            Duration.ofDays(3));

    /**
     * The tier a task gets: the one asked for, SPECIAL when only an agreed time is given, GENERAL for an
     * emergency, else the category's default.
     */
    public SlaTier tierFor(SlaTier requested, OffsetDateTime agreedDueAt, boolean emergency, SlaTier categoryDefault) {
        if (requested != null) {
            return requested;
        }
        if (agreedDueAt != null) {
            return SlaTier.SPECIAL;
        }
        if (emergency) {
            return SlaTier.GENERAL;
        }
        return categoryDefault == null ? SlaTier.GENERAL : categoryDefault;
    }

    public OffsetDateTime dueAt(SlaTier tier, OffsetDateTime createdAt, OffsetDateTime agreedDueAt) {
        if (tier == SlaTier.SPECIAL) {
            if (agreedDueAt == null) {
                throw new RuleViolationException("error.task.agreedDueAtRequired", "dueAt");
            }
            if (!agreedDueAt.isAfter(createdAt)) {
                throw new RuleViolationException("error.task.dueAtInPast", "dueAt");
            }
            return agreedDueAt;
        }
        if (agreedDueAt != null) {
            throw new RuleViolationException("error.task.dueAtOnlySpecial", "dueAt", tier);
        }
        return createdAt.plus(switch (tier) {
            case GENERAL -> general;
            case COMPLEX -> complex;
            case DIFFICULT -> difficult;
            case SPECIAL -> throw new IllegalStateException();
        });
    }
}
