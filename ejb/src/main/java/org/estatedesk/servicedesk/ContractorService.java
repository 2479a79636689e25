package org.estatedesk.servicedesk;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.estates.Building;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.security.UserRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * Contractors (R1.14): their scopes of works with warranty periods, kept by managers, and the monthly settlement
 * of the warranty repairs they answer for.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.FINANCE, Roles.STAFF})
public class ContractorService {
    @Inject
    CompanyZones zones;

    @Inject
    ContractorRepository contractors;

    @Inject
    CategoryRepository library;

    @Inject
    TaskRepository tasks;

    @Inject
    EstateRepository estates;

    @Inject
    UserRepository users;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed(Roles.STAFF)
    public List<Contractor> contractors(Long companyId) {
        return contractors.ofCompany(company(companyId));
    }

    @RolesAllowed(Roles.STAFF)
    public Contractor contractor(long id) {
        Contractor c = contractors.find(id).orElseThrow(() -> new NotFoundException("contractor", id));
        NotFoundException.as("contractor", id, () -> company(c.getCompanyId()));
        return c;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER})
    public Contractor register(Long companyId, String name, String contact, String phone, String email) {
        long company = company(companyId);
        if (name != null && contractors.ofCompany(company).stream().anyMatch(c -> c.getName().equals(name.trim()))) {
            throw new ConflictException("error.contractor.duplicate", name);
        }
        Contractor c = new Contractor(company, name, contact, phone, email);
        contractors.store(validation.check(c));
        log.record("CONTRACTOR_REGISTER", "contractor", c.getId(), c.getName(), company);
        return c;
    }

    @RolesAllowed(Roles.STAFF)
    public List<ContractorScope> scopes(long contractorId) {
        contractor(contractorId);
        return contractors.scopesOf(contractorId);
    }

    /** A scope of works: a category in an estate (or one building), with its warranty from a date for some months. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER})
    public ContractorScope addScope(long contractorId, long estateId, String buildingCode, String categoryCode,
            LocalDate warrantyFrom, Integer warrantyMonths) {
        Contractor c = contractor(contractorId);
        Estate e = estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        if (!e.getCompanyId().equals(c.getCompanyId())) {
            throw new RuleViolationException("error.contractor.otherCompany", "estateId");
        }
        Long building = null;
        if (buildingCode != null && !buildingCode.isBlank()) {
            building = estates.buildings(estateId).stream().filter(b -> b.getCode().equals(buildingCode.trim()))
                    .map(Building::getId).findFirst()
                    .orElseThrow(() -> new RuleViolationException("error.param.invalid", "buildingCode", buildingCode));
        }
        IssueCategory category = library.byCode(c.getCompanyId(), categoryCode == null ? "" : categoryCode.trim())
                .orElseThrow(() -> new RuleViolationException("error.task.unknownCategory", "categoryCode",
                        categoryCode));
        if (warrantyFrom == null) {
            throw new RuleViolationException("error.required", "warrantyFrom");
        }
        int months = warrantyMonths != null ? warrantyMonths
                : category.getWarrantyMonths() != null ? category.getWarrantyMonths() : 0;
        if (months < 1 || months > 600) {
            throw new RuleViolationException("error.contractor.months", "warrantyMonths");
        }
        ContractorScope s = new ContractorScope(contractorId, estateId, building, category.getId(), warrantyFrom,
                months);
        contractors.store(validation.check(s));
        log.record("CONTRACTOR_SCOPE", "contractor", contractorId, e.getCode() + " " + category.getCode() + " "
                + warrantyFrom + " +" + months + "m", c.getCompanyId());
        return s;
    }

    /**
     * Corrects or extends a scope's warranty; the estate, building and category stay (another of those is another
     * scope). {@code version} as read, if the caller sends it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER})
    public ContractorScope changeScope(long contractorId, long scopeId, LocalDate warrantyFrom,
            Integer warrantyMonths, Integer version) {
        ContractorScope s = scopeOf(contractorId, scopeId);
        s.checkVersion(version);
        if (warrantyFrom == null) {
            throw new RuleViolationException("error.required", "warrantyFrom");
        }
        if (warrantyMonths == null || warrantyMonths < 1 || warrantyMonths > 600) {
            throw new RuleViolationException("error.contractor.months", "warrantyMonths");
        }
        String before = s.getWarrantyFrom() + " +" + s.getWarrantyMonths() + "m";
        s.changeWarranty(warrantyFrom, warrantyMonths);
        validation.check(s);
        log.record("CONTRACTOR_SCOPE_CHANGE", "contractor", contractorId, "scope " + scopeId + " " + before + " -> "
                + warrantyFrom + " +" + warrantyMonths + "m", contractor(contractorId).getCompanyId());
        return s;
    }

    /** A scope of the contractor, if the caller sees the contractor; else 404. */
    private ContractorScope scopeOf(long contractorId, long scopeId) {
        contractor(contractorId);
        return contractors.scope(scopeId).filter(s -> s.getContractorId() == contractorId)
                .orElseThrow(() -> new NotFoundException("scope", scopeId));
    }

    /** Removes a scope of the contractor (404 for a scope of another). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER})
    public void removeScope(long contractorId, long scopeId) {
        ContractorScope s = scopeOf(contractorId, scopeId);
        Contractor c = contractor(contractorId);
        contractors.remove(s);
        log.record("CONTRACTOR_SCOPE_REMOVE", "contractor", c.getId(), "scope " + scopeId, c.getCompanyId());
    }

    /** The month's warranty repairs of a contractor and their charges, for the monthly settlement (R1.14). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.FINANCE})
    public Settlement settlement(long contractorId, YearMonth period) {
        Contractor c = contractor(contractorId);
        if (period == null) {
            throw new RuleViolationException("error.required", "period");
        }
        List<Task> done = contractors.completedInWarranty(contractorId,
                period.atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime(),
                period.plusMonths(1).atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime());
        BigDecimal total = done.stream().map(t -> t.getWorkOrder() == null || t.getWorkOrder().getCharge() == null
                ? BigDecimal.ZERO : t.getWorkOrder().getCharge()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        return new Settlement(c, period, done, total, tasks.sites(done.stream().map(Task::getId).toList()));
    }

    private long company(Long companyId) {
        return caller.company(companyId);
    }
}
