package org.estatedesk.servicedesk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.estatedesk.organisation.WorkingDays;
import org.estatedesk.shared.RuleViolationException;

/**
 * A company's handling times per tier (R1.5, parameters of R0.9) and the one place where a task's due time is
 * computed: from the creation time for the fixed tiers, the agreed time for SPECIAL. A handling time of whole days
 * (difficult: 3 days) and the warranty contact time of whole days (24 hours: one working day) count working days by
 * the company's calendar ({@link WorkingDays}); minutes and hours are clock time.
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

    /** The due time without a company calendar: whole days count Monday to Friday. */
    public OffsetDateTime dueAt(SlaTier tier, OffsetDateTime createdAt, OffsetDateTime agreedDueAt) {
        return dueAt(tier, createdAt, agreedDueAt, Map.of());
    }

    /**
     * The due time of a task created at {@code createdAt}; {@code calendar} is the company's exceptional days from
     * the creation day on (day → worked), as {@link WorkingDays#after(OffsetDateTime, int, Map)} takes them.
     */
    public OffsetDateTime dueAt(SlaTier tier, OffsetDateTime createdAt, OffsetDateTime agreedDueAt,
            Map<LocalDate, Boolean> calendar) {
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
        return after(createdAt, timeOf(tier), calendar);
    }

    /**
     * How the time a task of this tier waited on the customer moves its due time on (R1.5): for a tier counted in
     * working days only the waiting that fell on working days of the {@code calendar}, and on working days; for the
     * others (and SPECIAL, an agreed time) by the clock.
     */
    public WaitingTime waitingTime(SlaTier tier, Map<LocalDate, Boolean> calendar) {
        if (tier != SlaTier.SPECIAL && wholeDays(timeOf(tier))) {
            return (dueAt, from, to) -> WorkingDays.plus(dueAt, WorkingDays.between(from, to, calendar), calendar);
        }
        return WaitingTime.CLOCK;
    }

    /** The due time of a task that waited on the customer from {@code from} to {@code to} (R1.5). */
    @FunctionalInterface
    public interface WaitingTime {
        WaitingTime CLOCK = (dueAt, from, to) -> dueAt.plus(Duration.between(from, to));

        OffsetDateTime moved(OffsetDateTime dueAt, OffsetDateTime from, OffsetDateTime to);
    }

    /** The handling time of a fixed tier; zero for SPECIAL, whose due time is agreed. */
    public Duration timeOf(SlaTier tier) {
        return switch (tier) {
            case GENERAL -> general;
            case COMPLEX -> complex;
            case DIFFICULT -> difficult;
            case SPECIAL -> Duration.ZERO;
        };
    }

    /**
     * By when the owner must be contacted about a repair in warranty (R1.5: within 24 hours, that is one working
     * day): {@code contactTime} after creation, whole days counted in working days by the company's calendar.
     */
    public static OffsetDateTime warrantyContactBy(OffsetDateTime createdAt, Duration contactTime,
            Map<LocalDate, Boolean> calendar) {
        return after(createdAt, contactTime, calendar);
    }

    /** How many calendar days from {@code from} on a company's calendar must cover for a time of this length. */
    public static int calendarSpan(Duration time) {
        return (int) Math.min(3660, time.toDays() * 2 + 21);
    }

    /** Whole days (at least one) as working days by the calendar, anything else as clock time. */
    private static OffsetDateTime after(OffsetDateTime start, Duration time, Map<LocalDate, Boolean> calendar) {
        if (wholeDays(time)) {
            return WorkingDays.after(start, (int) time.toDays(), calendar);
        }
        return start.plus(time);
    }

    static boolean wholeDays(Duration time) {
        return time.toDays() >= 1 && time.toDays() <= 3650 && time.equals(Duration.ofDays(time.toDays()));
    }
}
