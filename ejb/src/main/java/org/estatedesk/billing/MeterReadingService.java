package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.estatedesk.audit.OperationLog;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.security.Roles;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;

/** Meter readings per unit and period (热水台账, R4.2), recorded by CS assistants and finance. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE, Roles.STAFF})
public class MeterReadingService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    BillingRepository billing;

    @Inject
    UnitRepository units;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /**
     * Records a unit's reading of a meter for a period: not for a future period, once per period (409), not below
     * the previous reading unless the meter was replaced (400).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE})
    public MeterReading record(long unitId, MeterKind meter, YearMonth period, BigDecimal reading,
            boolean replacement) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (meter == null) {
            throw new RuleViolationException("error.required", "meter");
        }
        if (period == null) {
            throw new RuleViolationException("error.required", "period");
        }
        if (period.isAfter(YearMonth.now(ZONE))) {
            throw new RuleViolationException("error.period.future", "period", period.toString());
        }
        MeterReading last = billing.lastReading(unitId, meter).orElse(null);
        if (last != null && last.getPeriod().equals(period)) {
            throw new ConflictException("error.reading.duplicate", unit.getCode(), period.toString());
        }
        MeterReading r = MeterReading.record(unit, meter, period, reading, replacement, last, caller.username(),
                OffsetDateTime.now(Clock.systemUTC()));
        billing.store(r);
        log.record("METER_READING", "unit", unitId, meter + " " + period + " " + r.getReading().toPlainString()
                + (replacement ? " (replacement)" : ""), unit.getCompanyId());
        return r;
    }

    /** A unit's readings, newest first (owners' enquiries at the desk). */
    @RolesAllowed(Roles.STAFF)
    public List<MeterReading> readings(long unitId) {
        units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        return billing.readings(unitId);
    }
}
