package org.estatedesk.servicedesk;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.security.UserRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * The issue standard library (R1.11) and the dispatch table (R1.3) of a company: read by all staff, kept by the
 * administrator and the CS manager. Changes are versioned by Envers.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.STAFF})
public class IssueLibraryService {
    @Inject
    CategoryRepository library;

    @Inject
    UserRepository users;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    /** The library of a company (the caller's own when none is named), ordered by code. */
    @RolesAllowed(Roles.STAFF)
    public List<IssueCategory> library(Long companyId) {
        return library.library(company(companyId));
    }

    @RolesAllowed(Roles.STAFF)
    public List<DispatchRule> rules(Long companyId) {
        return library.rules(company(companyId));
    }

    /** Adds the standard entries a company does not have yet (by code); returns how many were added. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public int installStandard(Long companyId) {
        long company = company(companyId);
        Map<String, IssueCategory> byCode = new HashMap<>();
        library.library(company).forEach(c -> byCode.put(c.getCode(), c));
        int added = StandardLibrary.install(company, byCode, library::store);
        log.record("LIBRARY_INSTALL", "org", company, added + " categories", company);
        return added;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public IssueCategory create(Long companyId, CategoryData d) {
        long company = company(companyId);
        if (d.code() == null || d.code().isBlank()) {
            throw new RuleViolationException("error.required", "code");
        }
        String code = d.code().trim();
        if (library.byCode(company, code).isPresent()) {
            throw new ConflictException("error.category.duplicate", code);
        }
        Long parentId = parent(company, d.parentCode());
        IssueCategory c = new IssueCategory(company, parentId, code, d.nameZh(), d.nameEn());
        c.defaults(d.defaultKind(), d.defaultTier(), d.location(), d.department(), d.warrantyMonths());
        library.store(validation.check(c));
        log.record("CATEGORY_CREATE", "category", c.getId(), code, company);
        return c;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public IssueCategory update(long id, CategoryData d, Integer version) {
        IssueCategory c = category(id);
        c.checkVersion(version);
        c.rename(d.nameZh(), d.nameEn());
        c.defaults(d.defaultKind(), d.defaultTier(), d.location(), d.department(), d.warrantyMonths());
        if (d.active() != null) {
            c.activate(d.active());
        }
        validation.check(c);
        log.record("CATEGORY_UPDATE", "category", id, c.getCode(), c.getCompanyId());
        return c;
    }

    /** Sets the department for a category at a location class (R1.3), replacing the row there was. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public DispatchRule route(Long companyId, String categoryCode, LocationKind location, Department department) {
        long company = company(companyId);
        if (location == null) {
            throw new RuleViolationException("error.required", "location");
        }
        if (department == null) {
            throw new RuleViolationException("error.required", "department");
        }
        IssueCategory c = library.byCode(company, categoryCode == null ? "" : categoryCode.trim())
                .orElseThrow(() -> new RuleViolationException("error.task.unknownCategory", "categoryCode",
                        categoryCode));
        DispatchRule rule = library.rulesOf(c.getId()).stream().filter(r -> r.getLocationKind() == location)
                .findFirst().orElse(null);
        if (rule == null) {
            rule = new DispatchRule(company, c.getId(), location, department);
            library.store(rule);
        } else {
            rule.sendTo(department);
        }
        log.record("DISPATCH_ROUTE", "category", c.getId(), c.getCode() + " @ " + location + " -> " + department,
                company);
        return rule;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public void removeRoute(long ruleId) {
        DispatchRule rule = library.rule(ruleId).orElseThrow(() -> new NotFoundException("dispatchRule", ruleId));
        NotFoundException.as("dispatchRule", ruleId, () -> company(rule.getCompanyId()));
        library.remove(rule);
        log.record("DISPATCH_REMOVE", "dispatchRule", ruleId, rule.getLocationKind() + " " + rule.getDepartment(),
                rule.getCompanyId());
    }

    @RolesAllowed(Roles.STAFF)
    public IssueCategory category(long id) {
        IssueCategory c = library.find(id).orElseThrow(() -> new NotFoundException("category", id));
        NotFoundException.as("category", id, () -> company(c.getCompanyId()));
        return c;
    }

    private Long parent(long company, String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        return library.byCode(company, parentCode.trim()).map(IssueCategory::getId)
                .orElseThrow(() -> new RuleViolationException("error.task.unknownCategory", "parentCode", parentCode));
    }

    private long company(Long companyId) {
        return caller.company(companyId);
    }
}
