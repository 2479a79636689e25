package org.estatedesk.jobs;

import jakarta.ejb.ScheduleExpression;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When a job runs by itself: a MicroProfile Config property holding a calendar in the words of
 * {@link ScheduleExpression}, {@code month=1,7; dayOfMonth=1; hour=2; minute=0; timezone=Asia/Shanghai} (fields left
 * out keep their defaults: second 0, minute 0, hour 0, every day, month and weekday), or {@code off}. Used by the
 * schedules of the capabilities' jobs (the EJB timer is created from it at start-up).
 */
public final class JobSchedule {
    private JobSchedule() {
    }

    /** The schedule configured under {@code key}, else {@code defaultValue}; empty when it is {@code off}. */
    public static Optional<ScheduleExpression> configured(String key, String defaultValue) {
        return parse(ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(defaultValue));
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
