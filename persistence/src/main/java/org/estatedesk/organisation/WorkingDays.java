package org.estatedesk.organisation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.estatedesk.shared.Zones;

/**
 * Due times counted in working days (R3.1: a decoration decision within 3 working days) in the estates' time zone:
 * Monday to Friday, except the company's calendar says otherwise — a public holiday on a weekday is not worked, a
 * weekend day worked in exchange (调休) is. A submission on a day off counts from the next working day's start of the
 * same time.
 */
public final class WorkingDays {
    public static final ZoneId ZONE = Zones.DEFAULT_ZONE;

    private WorkingDays() {
    }

    /** Monday to Friday, without a calendar. */
    public static OffsetDateTime after(OffsetDateTime start, int days) {
        return after(start, days, Map.of());
    }

    /**
     * {@code days} working days after {@code start}; {@code calendar} maps the company's exceptional days to whether
     * they are worked (false: a holiday, true: a weekend day worked).
     */
    public static OffsetDateTime after(OffsetDateTime start, int days, Map<LocalDate, Boolean> calendar) {
        ZonedDateTime t = start.atZoneSameInstant(ZONE);
        while (!working(t.toLocalDate(), calendar)) {
            t = t.plusDays(1);
        }
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (working(t.toLocalDate(), calendar)) {
                left--;
            }
        }
        return t.toOffsetDateTime();
    }

    /**
     * The part of the time from {@code from} to {@code to} that falls on working days (whole days in the estates' time
     * zone; R1.5: the time a day-tier task waited on the customer counts only where its clock would have run).
     */
    public static Duration between(OffsetDateTime from, OffsetDateTime to, Map<LocalDate, Boolean> calendar) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime t = from.atZoneSameInstant(ZONE);
        ZonedDateTime end = to.atZoneSameInstant(ZONE);
        while (t.isBefore(end)) {
            ZonedDateTime next = t.toLocalDate().plusDays(1).atStartOfDay(ZONE);
            ZonedDateTime stop = next.isBefore(end) ? next : end;
            if (working(t.toLocalDate(), calendar)) {
                total = total.plus(Duration.between(t, stop));
            }
            t = stop;
        }
        return total;
    }

    /**
     * {@code start} moved on by {@code time} counted on working days only: days off are skipped (a due time moved by
     * working time never lands on a day off unless it was on one).
     */
    public static OffsetDateTime plus(OffsetDateTime start, Duration time, Map<LocalDate, Boolean> calendar) {
        ZonedDateTime t = start.atZoneSameInstant(ZONE);
        Duration left = time;
        while (left.compareTo(Duration.ZERO) > 0) {
            ZonedDateTime next = t.toLocalDate().plusDays(1).atStartOfDay(ZONE);
            if (!working(t.toLocalDate(), calendar)) {
                t = next;
                continue;
            }
            Duration today = Duration.between(t, next);
            if (left.compareTo(today) <= 0) {
                return t.plus(left).toOffsetDateTime();
            }
            left = left.minus(today);
            t = next;
        }
        return t.toOffsetDateTime();
    }

    /** Whether a day is worked: the calendar's word, else Monday to Friday. */
    public static boolean working(LocalDate day, Map<LocalDate, Boolean> calendar) {
        Boolean exception = calendar.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
