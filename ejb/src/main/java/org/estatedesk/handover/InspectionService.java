package org.estatedesk.handover;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitFilter;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.servicedesk.CategoryRepository;
import org.estatedesk.servicedesk.ContractorRepository;
import org.estatedesk.servicedesk.IssueCategory;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Validation;

/**
 * Inspection batches (C2, R2.1): CS and engineering managers open them over units or buildings of an estate;
 * inspectors record each unit clean or with defects, every defect routed at once (B2) to the contractor whose
 * warranty scope covers it (else engineering) and due by its severity's days.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
    Roles.CS_SUPERVISOR, Roles.INSPECTOR})
public class InspectionService {
    /** The most units one batch takes. */
    static final int MAX_UNITS = 5000;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    InspectionRepository inspections;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    CategoryRepository library;

    @Inject
    ContractorRepository contractors;

    @EJB
    ParameterService parameters;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER})
    public InspectionBatch create(NewBatch b) {
        if (b.estateId() == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        Estate estate = estates.find(b.estateId(), caller.scope())
                .orElseThrow(() -> new NotFoundException("estate", b.estateId()));
        Map<Long, Unit> chosen = new LinkedHashMap<>();
        for (Long id : b.unitIds() == null ? List.<Long>of() : b.unitIds()) {
            Unit u = units.find(id, caller.scope()).filter(x -> x.getEstateId().equals(estate.getId()))
                    .orElseThrow(() -> new RuleViolationException("error.inspection.unitNotInBatch", "unitIds"));
            chosen.put(u.getId(), u);
        }
        for (Long building : b.buildingIds() == null ? List.<Long>of() : b.buildingIds()) {
            estates.building(building).filter(x -> x.getEstateId().equals(estate.getId()))
                    .orElseThrow(() -> new RuleViolationException("error.inspection.unitNotInBatch", "buildingIds"));
            UnitFilter filter = new UnitFilter(building, null, null, null, UnitFilter.Sort.CODE, false);
            units.all(estate, filter, MAX_UNITS).forEach(u -> chosen.put(u.getId(), u));
        }
        if (chosen.isEmpty()) {
            throw new RuleViolationException("error.inspection.noUnits", "unitIds");
        }
        if (chosen.size() > MAX_UNITS) {
            throw new RuleViolationException("error.inspection.tooManyUnits", "unitIds", MAX_UNITS);
        }
        InspectionBatch batch = validation.check(new InspectionBatch(estate.getCompanyId(), estate.getId(), b.kind(),
                b.name(), caller.username(), now()));
        inspections.store(batch);
        for (Unit u : chosen.values()) {
            inspections.store(new InspectedUnit(batch.getId(), u.getId(), u.getBuildingId()));
        }
        log.record("INSPECTION_BATCH_CREATE", "inspectionBatch", batch.getId(),
                b.kind() + " " + batch.getName() + " " + chosen.size(), batch.getCompanyId());
        return batch;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.CS_SUPERVISOR, Roles.INSPECTOR})
    public List<InspectionBatch> batches(Long estateId) {
        return inspections.batches(estateId, caller.scope());
    }

    /** A batch the caller may see, else 404. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.CS_SUPERVISOR, Roles.INSPECTOR})
    public InspectionBatch batch(long id) {
        return inspections.batch(id, caller.scope()).orElseThrow(() -> new NotFoundException("inspectionBatch", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.CS_SUPERVISOR, Roles.INSPECTOR})
    public List<InspectedUnit> units(long batchId) {
        return inspections.units(batch(batchId).getId());
    }

    /** Records a defect in a unit of the batch, routed and due (B2), with its first hop. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.INSPECTOR})
    public Defect record(long batchId, NewDefect d) {
        InspectionBatch batch = batch(batchId);
        InspectedUnit unit = unitOf(batch, d.unitId());
        IssueCategory category = library.byCode(batch.getCompanyId(), d.categoryCode())
                .orElseThrow(() -> new RuleViolationException("error.task.unknownCategory", "categoryCode",
                        d.categoryCode()));
        OffsetDateTime now = now();
        LocalDate day = now.atZoneSameInstant(zones.zone(batch.getCompanyId())).toLocalDate();
        Map<Long, Long> parents = new HashMap<>();
        library.library(batch.getCompanyId()).stream().filter(c -> c.getParentId() != null)
                .forEach(c -> parents.put(c.getId(), c.getParentId()));
        Long contractor = DefectRouting.contractor(contractors.scopesInEstate(batch.getEstateId()),
                batch.getEstateId(), unit.getBuildingId(), category.getId(), parents, day);
        LocalDate due = DefectRouting.dueDate(day, parameters.integer(batch.getCompanyId(), d.severity().dueDays()));
        Defect defect = validation.check(new Defect(batch, unit, d.room(), category.getId(), category.getCode(),
                d.description(), d.severity(), contractor, due, caller.username(), now));
        inspections.store(defect);
        inspections.store(defect.recorded());
        log.record("DEFECT_RECORD", "defect", defect.getId(), d.severity() + " " + category.getCode()
                + (contractor == null ? "" : " → " + contractor), batch.getCompanyId());
        return defect;
    }

    /** A unit of the batch inspected without defects. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.INSPECTOR})
    public void clean(long batchId, long unitId) {
        InspectionBatch batch = batch(batchId);
        unitOf(batch, unitId).clean(caller.username(), now());
        log.record("INSPECTION_UNIT_CLEAN", "inspectionBatch", batch.getId(), "unit " + unitId,
                batch.getCompanyId());
    }

    /** The batch's figures (R2.1), and the defects cancelled (left out of the closed rate). */
    public record Figures(InspectionRepository.Summary summary, double closedRate) {
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.CS_SUPERVISOR, Roles.INSPECTOR})
    public Figures summary(long batchId) {
        InspectionBatch batch = batch(batchId);
        LocalDate today = now().atZoneSameInstant(zones.zone(batch.getCompanyId())).toLocalDate();
        InspectionRepository.Summary s = inspections.summary(batch.getId(), today);
        return new Figures(s, s.closedRate(inspections.cancelled(batch.getId())));
    }

    private InspectedUnit unitOf(InspectionBatch batch, long unitId) {
        return inspections.unit(batch.getId(), unitId)
                .orElseThrow(() -> new RuleViolationException("error.inspection.unitNotInBatch", "unitId"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
