package org.estatedesk.decoration;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Due times counted in working days (R3.1: a decoration decision within 3 working days): Monday to Friday in the
 * estates' time zone; public holidays are not known yet, so they count as working days. A submission at the weekend
 * counts from the next Monday's start of the same time.
 */
public final class WorkingDays {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private WorkingDays() {
    }

    public static OffsetDateTime after(OffsetDateTime start, int days) {
        ZonedDateTime t = start.atZoneSameInstant(ZONE);
        while (weekend(t)) {
            t = t.plusDays(1);
        }
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (!weekend(t)) {
                left--;
            }
        }
        return t.toOffsetDateTime();
    }

    private static boolean weekend(ZonedDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
