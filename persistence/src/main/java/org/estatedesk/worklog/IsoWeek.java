package org.estatedesk.worklog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.estatedesk.shared.RuleViolationException;

/** An ISO-8601 week, written "2026-W48": Monday to Sunday, in the week-based year. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 2000 || year > 2999 || week < 1 || week > 53
                || (week == 53 && LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != 53)) {
            throw new RuleViolationException("error.worklog.week", "week", year + "-W" + week);
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses "2026-W48"; anything else is a 400 naming {@code field}. */
    public static IsoWeek parse(String text, String field) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new RuleViolationException("error.worklog.week", field, text);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek previous() {
        return of(monday().minusDays(7));
    }

    public IsoWeek next() {
        return of(monday().plusDays(7));
    }

    /**
     * The working days (Monday to Friday) of the week up to {@code today} without an entry: the days a team list
     * flags as missing.
     */
    public List<LocalDate> missingDays(Collection<LocalDate> logged, LocalDate today) {
        return missingDays(logged, today, java.util.Map.of());
    }

    /**
     * As above by the company's calendar ({@link org.estatedesk.organisation.WorkingDays#working}): a public holiday
     * is not missing, a weekend day worked in exchange is.
     */
    public List<LocalDate> missingDays(Collection<LocalDate> logged, LocalDate today,
            java.util.Map<LocalDate, Boolean> calendar) {
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate d = monday(); d.isBefore(monday().plusDays(7)) && !d.isAfter(today); d = d.plusDays(1)) {
            if (org.estatedesk.organisation.WorkingDays.working(d, calendar) && !logged.contains(d)) {
                missing.add(d);
            }
        }
        return missing;
    }

    @Override
    public int compareTo(IsoWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
