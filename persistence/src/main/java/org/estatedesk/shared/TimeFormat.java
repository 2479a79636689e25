package org.estatedesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one way a date or time is written for a person to read (issue 20): pages (the web's {@code estatedesk.*}
 * converters and {@code #{times}}), lists, Excel exports, e-mails, the inbox's summaries and the change history all
 * format through here, in the zone they are given: the company's ({@code CompanyZones} in the service layer and the
 * web, {@link Zones#DEFAULT_ZONE} for printed documents). An instant ({@link OffsetDateTime}, {@link ZonedDateTime},
 * {@link Instant}) is moved into that zone first; a {@link LocalDateTime} or {@link LocalDate} is already a wall-clock
 * value of the company and is written as it is. {@code null} is written as the empty string.
 */
public enum TimeFormat {
    /** {@code 2026-12-07}. */
    DAY("yyyy-MM-dd"),
    /** {@code 2026-12-07 19:08}: the usual time of a deadline, a decision, a payment. */
    MINUTE("yyyy-MM-dd HH:mm"),
    /** {@code 2026-12-07 19:08:05}: the operation log and other histories. */
    SECOND("yyyy-MM-dd HH:mm:ss"),
    /** {@code 12-07 19:08}: narrow columns of the current year's work. */
    SHORT("MM-dd HH:mm");

    private final DateTimeFormatter formatter;

    TimeFormat(String pattern) {
        this.formatter = DateTimeFormatter.ofPattern(pattern);
    }

    /**
     * {@code value} as a person in {@code zone} reads it; empty for {@code null}.
     *
     * @throws IllegalArgumentException for a value that is no date or time
     */
    public String format(Object value, ZoneId zone) {
        TemporalAccessor local = local(value, zone);
        if (local == null) {
            return "";
        }
        if (local instanceof LocalDate day && this != DAY) {
            return day.format(DAY.formatter);
        }
        return formatter.format(local);
    }

    /** {@code value} as a wall-clock value in {@code zone} (a day stays a day); null for null. */
    public static TemporalAccessor local(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof Instant t) {
            return LocalDateTime.ofInstant(t, zone);
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
    }
}
