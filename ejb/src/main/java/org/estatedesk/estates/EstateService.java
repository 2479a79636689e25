package org.estatedesk.estates;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Validation;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.VisibleEstateCache;

/** Estates, buildings and units (R0.2, R0.3). Everything is looked up through the caller's data scope. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.STAFF})
public class EstateService {
    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    OrgUnitRepository organisation;

    @Inject
    CallerContext caller;

    @Inject
    VisibleEstateCache visibleEstates;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed(Roles.STAFF)
    public List<Estate> visibleEstates() {
        return estates.findVisible(caller.scope());
    }

    @RolesAllowed(Roles.STAFF)
    public Estate estate(long id) {
        return estates.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("estate", id));
    }

    @RolesAllowed(Roles.ADMIN)
    public Estate createEstate(long companyId, String code, String name, String city, String address) {
        DataScope scope = caller.scope();
        if (!scope.groupWide() && !caller.companyId().equals(companyId)) {
            throw new NotFoundException("company", companyId);
        }
        organisation.find(companyId).filter(o -> o.isCompany())
                .orElseThrow(() -> new RuleViolationException("error.user.company", "companyId"));
        if (estates.codeExists(code)) {
            throw new ConflictException("error.estate.codeExists", code);
        }
        Estate e = estates.store(validation.check(new Estate(companyId, code, name, city, address)));
        visibleEstates.invalidate();
        log.record("ESTATE_CREATE", "estate", e.getId(), code + " " + name, companyId);
        return e;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public Estate updateEstate(long id, String name, String city, String address, Integer version) {
        Estate e = estate(id);
        e.checkVersion(version);
        e.describe(name, city, address);
        validation.check(e);
        log.record("ESTATE_UPDATE", "estate", id, name, e.getCompanyId());
        return e;
    }

    @RolesAllowed(Roles.STAFF)
    public List<Building> buildings(long estateId) {
        return estates.buildings(estate(estateId).getId());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public Building addBuilding(long estateId, String code, String name, Integer floors) {
        Estate e = estate(estateId);
        if (estates.buildingCodeExists(estateId, code)) {
            throw new ConflictException("error.building.codeExists", code);
        }
        Building b = estates.store(validation.check(new Building(estateId, code, name, floors)));
        log.record("BUILDING_CREATE", "building", b.getId(), e.getCode() + "/" + code, e.getCompanyId());
        return b;
    }

    /**
     * Creates a building's units from a pattern (R0.3). All or nothing: if any generated code exists already in
     * the estate, nothing is created and the conflicting codes are reported.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public List<Unit> generateUnits(UnitGeneration g) {
        Building b = estates.building(g.buildingId()).orElseThrow(() -> new NotFoundException("building", g.buildingId()));
        Estate e = estates.findForUpdate(b.getEstateId(), caller.scope())
                .orElseThrow(() -> new NotFoundException("building", g.buildingId()));
        UnitNumberPattern pattern = g.validate();
        if (b.getFloors() != null && g.toFloor() > b.getFloors()) {
            throw new RuleViolationException("error.generation.aboveBuilding", "toFloor", b.getFloors());
        }
        if (g.unitsPerBuilding() > UnitGeneration.MAX_UNITS) {
            throw new RuleViolationException("error.generation.tooMany", "unitsPerFloor", UnitGeneration.MAX_UNITS);
        }
        List<Unit> created = new ArrayList<>();
        for (String code : g.entranceCodes()) {
            Entrance entrance = estates.entrance(b.getId(), code);
            for (int floor = g.fromFloor(); floor <= g.toFloor(); floor++) {
                for (int pos = 1; pos <= g.unitsPerFloor(); pos++) {
                    created.add(new Unit(e, b.getId(), entrance.getId(), floor,
                            pattern.format(b.getCode(), code, floor, pos), g.type(), g.area()));
                }
            }
        }
        List<String> codes = created.stream().map(Unit::getCode).toList();
        if (codes.stream().distinct().count() != codes.size()) {
            throw new RuleViolationException("error.pattern.notUnique", "pattern", pattern.toString());
        }
        List<String> clashes = units.existingCodes(e.getId(), codes);
        if (!clashes.isEmpty()) {
            throw new ConflictException("error.generation.exists", String.join(", ", clashes.subList(0,
                    Math.min(10, clashes.size()))));
        }
        e.unitsAdded(created.size());
        units.storeAll(created);
        log.record("UNITS_GENERATE", "building", b.getId(), created.size() + " units, " + pattern, e.getCompanyId());
        return created;
    }

    @RolesAllowed(Roles.STAFF)
    public Page<Unit> units(long estateId, UnitFilter filter, int offset, int size) {
        if (offset < 0 || size < 1 || size > 500) {
            throw new RuleViolationException("error.size", "size", 500);
        }
        return units.page(estate(estateId), filter, offset, size);
    }

    /** The names of the owners of these units of an estate, by owner id: one statement for a page of units. */
    @RolesAllowed(Roles.STAFF)
    public Map<Long, String> ownerNames(long estateId, Collection<Long> unitIds) {
        return units.ownerNames(estate(estateId).getId(), unitIds);
    }

    /** Up to 100,000 units for an Excel export. */
    @RolesAllowed(Roles.STAFF)
    public List<Unit> exportUnits(long estateId, UnitFilter filter) {
        return units.all(estate(estateId), filter, 100_000);
    }

    /**
     * The unit of an estate with exactly this code, as the desks type it (1-1-101): the field errors name the form's
     * fields {@code estateId} and {@code unitCode}.
     */
    @RolesAllowed(Roles.STAFF)
    public Unit unitByCode(Long estateId, String unitCode) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new RuleViolationException("error.required", "unitCode");
        }
        String code = unitCode.trim();
        return units(estateId, new UnitFilter(null, null, null, code, UnitFilter.Sort.CODE, false), 0, 20).items()
                .stream().filter(u -> u.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolationException("decoration.noUnit", "unitCode", code));
    }

    @RolesAllowed(Roles.STAFF)
    public Unit unit(long id) {
        return units.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("unit", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public Unit updateUnit(long id, UnitType type, BigDecimal area, UnitState state, Integer version) {
        Unit u = unit(id);
        u.checkVersion(version);
        if (area == null || area.signum() <= 0 || area.scale() > 2) {
            throw new RuleViolationException("error.unit.area", "area");
        }
        u.describe(type, area, state);
        log.record("UNIT_UPDATE", "unit", id, u.getCode() + " " + type + " " + area + " " + state, u.getCompanyId());
        return u;
    }
}
