package org.estatedesk.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;

/**
 * Every date and time a person reads, in the company's zone (issue 20): the caller's company's zone
 * ({@link CompanyZones#zone(Long)}), or the default one for a group administrator, who belongs to no company, and for
 * a request without a caller. Resolved once per request. Pages write {@code #{times.minute(t.dueAt)}} or, on an
 * output component, one of the converters {@code estatedesk.day}, {@code estatedesk.minute},
 * {@code estatedesk.second}, {@code estatedesk.short} ({@link TimeConverter}); beans format exports and messages with
 * {@link #minute(Object)} and the like; the API writes its instants with the same zone's offset
 * ({@code api.ApiTimes}). The formats are {@link TimeFormat}'s, shared with the e-mails of the service layer. No page
 * names a zone and none uses {@code f:convertDateTime} on an instant ({@code ClockTest}).
 */
@Named
@RequestScoped
public class Times {
    @Inject
    CallerContext caller;

    @Inject
    CompanyZones zones;

    private ZoneId zone;

    /** The zone of the caller's company (the default for none). */
    public ZoneId zone() {
        if (zone == null) {
            zone = caller.username() == null ? zones.zone() : zones.zone(caller.companyId());
        }
        return zone;
    }

    /** {@code 2026-12-07}; empty for null. */
    public String day(Object value) {
        return TimeFormat.DAY.format(value, zone());
    }

    /** {@code 2026-12-07 19:08}; empty for null. */
    public String minute(Object value) {
        return TimeFormat.MINUTE.format(value, zone());
    }

    /** {@code 2026-12-07 19:08:05}; empty for null. */
    public String second(Object value) {
        return TimeFormat.SECOND.format(value, zone());
    }

    /** {@code 12-07 19:08}; empty for null. */
    public String shortMinute(Object value) {
        return TimeFormat.SHORT.format(value, zone());
    }

    /** {@code value} in {@code format}; empty for null. */
    public String format(TimeFormat format, Object value) {
        return format.format(value, zone());
    }
}
