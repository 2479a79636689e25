package org.estatedesk.workbench;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.audit.Outcome;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.security.Roles;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.PageRequest;

/**
 * The counts of the workbench (R6.1), each within the caller's data scope and each from one small query (unit totals
 * are the estates' maintained counts). Later capabilities add theirs here: requests by state, overdue, bills due …
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STAFF})
public class WorkbenchService {
    /** The workbench's day starts in China, whatever the server's zone. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    EstateRepository estates;

    @Inject
    OwnerRepository owners;

    @Resource
    SessionContext context;

    @RolesAllowed(Roles.STAFF)
    public List<WorkbenchCount> counts() {
        DataScope scope = caller.scope();
        List<WorkbenchCount> counts = new ArrayList<>();
        List<Estate> visible = estates.findVisible(scope);
        counts.add(new WorkbenchCount("workbench.estates", visible.size(), "/estates/estates.xhtml", false));
        counts.add(new WorkbenchCount("workbench.units", visible.stream().mapToLong(Estate::getUnitCount).sum(),
                "/estates/units.xhtml", false));
        counts.add(new WorkbenchCount("workbench.owners",
                owners.search(null, null, scope, new PageRequest(0, 1)).total(), "/owners/list.xhtml", false));
        if (context.isCallerInRole(Roles.ADMIN)) {
            OffsetDateTime now = OffsetDateTime.now(Clock.systemUTC());
            long locked = countLocked(scope, now);
            counts.add(new WorkbenchCount("workbench.lockedUsers", locked, "/admin/users.xhtml", locked > 0));
            OffsetDateTime today = LocalDate.now(ZONE).atStartOfDay(ZONE).toOffsetDateTime();
            long failures = scope.bind(em.createQuery("select count(l) from OperationLogEntry l where l.at >= :today"
                    + " and l.outcome = :failure and l.operation = 'LOGIN' and (l.companyId is null or "
                    + String.format(DataScope.COMPANY_VISIBLE, "l.companyId") + ")", Long.class))
                    .setParameter("today", today).setParameter("failure", Outcome.FAILURE).getSingleResult();
            counts.add(new WorkbenchCount("workbench.failedLogins", failures, "/audit/log.xhtml?outcome=FAILURE",
                    failures > 0));
        }
        return counts;
    }

    private long countLocked(DataScope scope, OffsetDateTime now) {
        var q = em.createQuery("select count(u) from AppUser u where u.lockedUntil > :now"
                + (scope.groupWide() ? "" : " and u.companyId = :company"), Long.class).setParameter("now", now);
        if (!scope.groupWide()) {
            q.setParameter("company", caller.user().getCompanyId());
        }
        return q.getSingleResult();
    }
}
