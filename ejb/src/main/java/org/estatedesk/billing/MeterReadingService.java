package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RowErrorsException;
import org.estatedesk.shared.RuleViolationException;

/** Meter readings per unit and period (热水台账, R4.2), recorded by CS assistants and finance. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE, Roles.STAFF})
public class MeterReadingService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    ReadingRepository readingRepository;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

    @Inject
    SealedMeters sealings;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /**
     * Records a unit's reading of a meter for a period: not for a future period, once per period (409), not below
     * the previous reading unless the meter was replaced (400), never while the unit's hot-water meter is sealed
     * (400, R3.8).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE})
    public MeterReading record(long unitId, MeterKind meter, YearMonth period, BigDecimal reading,
            boolean replacement) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        return record(unit, meter, period, reading, replacement, meter == MeterKind.HOT_WATER
                ? sealings.ofUnit(unitId).map(s -> Map.of(unitId, s)).orElse(Map.of()) : Map.of());
    }

    /** One row of a reading sheet: the unit's code, the reading as typed, whether the meter was replaced. */
    public record SheetRow(int row, String unitCode, String reading, boolean replacement)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A unit of an estate with its last reading of a meter (the reading sheet to fill in). */
    /** A line of the reading sheet; {@code sealNumber} is set where the unit's hot-water meter is sealed (R3.8). */
    public record SheetLine(String unitCode, String lastPeriod, BigDecimal lastReading, String sealNumber) {
    }

    /**
     * Imports an estate's readings of a meter and period from a filled-in sheet (Excel import, R4.2): every row is
     * checked as if typed one by one; if any row is refused, nothing is recorded and every refused row is reported.
     * Returns the readings recorded.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE})
    public List<MeterReading> importSheet(long estateId, MeterKind meter, YearMonth period, List<SheetRow> rows) {
        estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        if (rows.isEmpty()) {
            throw new RuleViolationException("error.import.empty", "file");
        }
        List<String> codes = rows.stream().map(SheetRow::unitCode).filter(c -> c != null && !c.isBlank())
                .map(String::trim).distinct().toList();
        Map<String, Unit> byCode = new HashMap<>();
        units.byCodes(estateId, codes).forEach(u -> byCode.put(u.getCode(), u));
        Map<Long, SealedMeters.Seal> sealed = meter == MeterKind.HOT_WATER ? sealedMeters(estateId) : Map.of();
        List<RowErrorsException.RowError> errors = new ArrayList<>();
        List<MeterReading> recorded = new ArrayList<>();
        for (SheetRow row : rows) {
            String code = row.unitCode() == null ? "" : row.unitCode().trim();
            try {
                Unit unit = byCode.get(code);
                if (unit == null) {
                    throw new RuleViolationException("cashier.noUnit", "unitCode", code);
                }
                recorded.add(record(unit, meter, period, number(row.reading()), row.replacement(), sealed));
            } catch (BusinessException e) {
                errors.add(new RowErrorsException.RowError(row.row(), code, e.field(), e.messageKey(),
                        List.of(e.arguments())));
            }
        }
        if (!errors.isEmpty()) {
            throw new RowErrorsException(errors);
        }
        return recorded;
    }

    /** The estate's units in code order with their last reading of the meter. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE})
    public List<SheetLine> sheet(long estateId, MeterKind meter) {
        estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        Map<String, String> seals = meter != MeterKind.HOT_WATER ? Map.of() : sealedMeters(estateId).values()
                .stream().collect(Collectors.toMap(SealedMeters.Seal::unitCode, SealedMeters.Seal::label,
                        (a, b) -> a));
        return readingRepository.lastReadings(estateId, meter).stream().map(r -> new SheetLine(r.unitCode(),
                r.lastPeriod() == null ? null : r.lastPeriod().toString(), r.lastReading(),
                seals.get(r.unitCode()))).toList();
    }

    /** The estate's units whose hot-water meter is sealed (R3.8), by unit id: one query for a whole sheet. */
    private Map<Long, SealedMeters.Seal> sealedMeters(long estateId) {
        return sealings.ofEstate(estateId).stream().collect(Collectors.toMap(SealedMeters.Seal::unitId, s -> s,
                (a, b) -> a));
    }

    private static BigDecimal number(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolationException("error.required", "reading");
        }
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("error.param.invalid", "reading", typed);
        }
    }

    private MeterReading record(Unit unit, MeterKind meter, YearMonth period, BigDecimal reading,
            boolean replacement, Map<Long, SealedMeters.Seal> sealed) {
        long unitId = unit.getId();
        if (meter == null) {
            throw new RuleViolationException("error.required", "meter");
        }
        if (period == null) {
            throw new RuleViolationException("error.required", "period");
        }
        if (period.isAfter(YearMonth.now(clock.withZone(zones.zone())))) {
            throw new RuleViolationException("error.period.future", "period", period.toString());
        }
        SealedMeters.Seal sealing = sealed.get(unitId);
        if (sealing != null) {
            sealing.refuseReading(meter);
        }
        MeterReading last = readingRepository.lastReading(unitId, meter).orElse(null);
        if (last != null && last.getPeriod().equals(period)) {
            throw new ConflictException("error.reading.duplicate", unit.getCode(), period.toString());
        }
        MeterReading r = MeterReading.record(unit, meter, period, reading, replacement, last, caller.username(),
                OffsetDateTime.now(clock));
        readingRepository.store(r);
        log.record("METER_READING", "unit", unitId, meter + " " + period + " " + r.getReading().toPlainString()
                + (replacement ? " (replacement)" : ""), unit.getCompanyId());
        return r;
    }

    /** A unit's readings, newest first (owners' enquiries at the desk). */
    @RolesAllowed(Roles.STAFF)
    public List<MeterReading> readings(long unitId) {
        units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        return readingRepository.readings(unitId);
    }
}
