package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/**
 * A company's {@link ZoneId}: the zone in which its days, months and deadlines begin and in which its people read
 * times. Today every company has {@link Zones#DEFAULT_ZONE} (Asia/Shanghai): business parameters hold numbers only,
 * so a per-company zone (a {@code company.timeZone} parameter) is the one change to make here when it is needed.
 */
@ApplicationScoped
public class CompanyZones {

    /** The zone of the companies served (all of them share it today). */
    public ZoneId zone() {
        return Zones.DEFAULT_ZONE;
    }

    /** The zone of the company {@code companyId} (null: the default). */
    public ZoneId zone(Long companyId) {
        return Zones.DEFAULT_ZONE;
    }
}
