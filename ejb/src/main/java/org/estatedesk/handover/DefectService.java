package org.estatedesk.handover;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.handover.DefectState.Action;
import org.estatedesk.security.CurrentUser;
import org.estatedesk.servicedesk.CategoryRepository;
import org.estatedesk.servicedesk.IssueCategory;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;

/**
 * Defects to closure (B2): the list (data scope in SQL; a contractor's user sees only his contractor's) and the
 * steps by role — managers assign and cancel, engineering on the contractor's behalf or the contractor's own user
 * starts and rectifies, inspectors (and managers) accept or reject. A stale version or a step the state does not
 * allow is a conflict (409) and changes nothing; another company's or contractor's defect is not found (404).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
    Roles.TECHNICIAN, Roles.CS_SUPERVISOR, Roles.INSPECTOR, Roles.CONTRACTOR})
public class DefectService {
    private static final Set<String> MANAGERS = Set.of(Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER);
    private static final Set<String> RECTIFIERS = Set.of(Roles.ADMIN, Roles.ENGINEERING_MANAGER,
            Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.CONTRACTOR);
    private static final Set<String> INSPECTORS = Set.of(Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER,
            Roles.INSPECTOR);

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    InspectionRepository inspections;

    @Inject
    CallerContext caller;

    @Inject
    CurrentUser users;

    @Inject
    OperationLog log;

    @Inject
    CategoryRepository library;

    @Resource
    SessionContext context;

    /** A defect with its steps, oldest first. */
    public record DefectView(Defect defect, List<DefectHop> hops, boolean overdue) {
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.TECHNICIAN, Roles.CS_SUPERVISOR, Roles.INSPECTOR, Roles.CONTRACTOR})
    public Page<DefectView> list(InspectionRepository.Filter filter, PageRequest page) {
        Long own = ownContractor();
        InspectionRepository.Filter f = own == null ? filter
                : new InspectionRepository.Filter(filter.batchId(), filter.state(), own, filter.overdue());
        LocalDate today = today();
        Page<Defect> p = inspections.defects(f, today, caller.scope(), page);
        return new Page<>(p.items().stream().map(d -> new DefectView(d, null, d.isOverdue(today))).toList(),
                p.total());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.TECHNICIAN, Roles.CS_SUPERVISOR, Roles.INSPECTOR, Roles.CONTRACTOR})
    public DefectView defect(long id) {
        return view(visible(id));
    }

    /** Does one step; the caller's role must allow the action (403), the state the step (409). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.TECHNICIAN, Roles.INSPECTOR, Roles.CONTRACTOR})
    public DefectView act(long id, Action action, String comment, Integer version) {
        Defect d = visible(id);
        if (!allowed(action)) {
            throw new AccessDeniedException("error.forbidden");
        }
        d.checkVersion(version);
        DefectHop hop = d.act(action, caller.username(), OffsetDateTime.now(clock), comment);
        inspections.store(hop);
        logStep(action, d.getId(), hop.getFrom() + " → " + hop.getTo(), d.getCompanyId());
        return view(d);
    }

    /** The company's issue categories by code: the names of the defects' categories. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR,
        Roles.TECHNICIAN, Roles.CS_SUPERVISOR, Roles.INSPECTOR, Roles.CONTRACTOR})
    public Map<String, IssueCategory> categories(long companyId) {
        Map<String, IssueCategory> byCode = new HashMap<>();
        library.library(companyId).forEach(c -> byCode.put(c.getCode(), c));
        return byCode;
    }

    private void logStep(Action action, long id, String detail, long companyId) {
        switch (action) {
            case ASSIGN -> log.record("DEFECT_ASSIGN", "defect", id, detail, companyId);
            case START -> log.record("DEFECT_START", "defect", id, detail, companyId);
            case RECTIFY -> log.record("DEFECT_RECTIFY", "defect", id, detail, companyId);
            case ACCEPT -> log.record("DEFECT_ACCEPT", "defect", id, detail, companyId);
            case REJECT -> log.record("DEFECT_REJECT", "defect", id, detail, companyId);
            case CANCEL -> log.record("DEFECT_CANCEL", "defect", id, detail, companyId);
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    private boolean allowed(Action action) {
        Set<String> roles = switch (action) {
            case ASSIGN, CANCEL -> MANAGERS;
            case START, RECTIFY -> RECTIFIERS;
            case ACCEPT, REJECT -> INSPECTORS;
        };
        return roles.stream().anyMatch(context::isCallerInRole);
    }

    private DefectView view(Defect d) {
        return new DefectView(d, inspections.hops(d.getId()), d.isOverdue(today(d.getCompanyId())));
    }

    /** A defect in the caller's scope (and, for a contractor's user, of his contractor), else 404. */
    private Defect visible(long id) {
        Long own = ownContractor();
        return inspections.defect(id, caller.scope()).filter(d -> own == null || own.equals(d.getContractorId()))
                .orElseThrow(() -> new NotFoundException("defect", id));
    }

    /** The contractor a CONTRACTOR caller works for (never null for him: -1 sees nothing), else null. */
    private Long ownContractor() {
        if (!context.isCallerInRole(Roles.CONTRACTOR) || context.isCallerInRole(Roles.ADMIN)) {
            return null;
        }
        Long id = users.user().getContractorId();
        return id == null ? -1L : id;
    }

    private LocalDate today() {
        return OffsetDateTime.now(clock).atZoneSameInstant(zones.zone()).toLocalDate();
    }

    private LocalDate today(long companyId) {
        return OffsetDateTime.now(clock).atZoneSameInstant(zones.zone(companyId)).toLocalDate();
    }
}
