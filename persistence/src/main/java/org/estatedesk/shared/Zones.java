package org.estatedesk.shared;

import java.time.ZoneId;

/**
 * The one place that names the company's time zone. Everything that turns an instant into a day, a month or a time
 * a person reads uses {@link #DEFAULT_ZONE}, through {@code CompanyZones} in the service layer and the web, or
 * through the domain constants that alias it (domain objects inject nothing: they receive {@code now}/{@code today}
 * as arguments). No other class writes a zone literal; {@code ClockTest} in the liberty module keeps it so.
 */
public final class Zones {
    /** Every company's zone until business parameters can carry one (they hold numbers only today). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
