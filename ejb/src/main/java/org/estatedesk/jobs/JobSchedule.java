package org.estatedesk.jobs;

import jakarta.ejb.ScheduleExpression;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When a job runs by itself, as a value: the job (its XML name, also the timer's info), the MicroProfile Config key
 * of its calendar and the calendar used when the key is not set. A calendar is written in the words of
 * {@link ScheduleExpression}, {@code month=1,7; dayOfMonth=1; hour=2; minute=0; timezone=Asia/Shanghai} (fields left
 * out keep their defaults: second 0, minute 0, hour 0, every day, month and weekday), or {@code off}.
 * {@link JobScheduler} creates one EJB timer per schedule at start-up.
 */
public record JobSchedule(String job, String configKey, String defaultCalendar) {

    /** The calendar configured under {@link #configKey}, else the default; empty when it is {@code off}. */
    public Optional<ScheduleExpression> calendar() {
        return parse(ConfigProvider.getConfig().getOptionalValue(configKey, String.class).orElse(defaultCalendar));
    }

    public static Optional<ScheduleExpression> parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        ScheduleExpression e = new ScheduleExpression().second("0").minute("0").hour("0");
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("schedule field without a value: " + part.trim());
            }
            String value = part.substring(eq + 1).trim();
            switch (part.substring(0, eq).trim().toLowerCase(Locale.ROOT)) {
                case "second" -> e.second(value);
                case "minute" -> e.minute(value);
                case "hour" -> e.hour(value);
                case "dayofmonth" -> e.dayOfMonth(value);
                case "month" -> e.month(value);
                case "dayofweek" -> e.dayOfWeek(value);
                case "year" -> e.year(value);
                case "timezone" -> e.timezone(value);
                default -> throw new IllegalArgumentException("unknown schedule field " + part.trim());
            }
        }
        return Optional.of(e);
    }
}
