package org.estatedesk.worklog;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** One day of the week view: the date, its entry if written, whether its week is reviewed, whether it is ahead. */
public record DayRow(LocalDate date, WorkLog entry, boolean reviewed, boolean ahead) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean isWeekend() {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public String getDayKey() {
        return "worklog.day." + date.getDayOfWeek();
    }
}
