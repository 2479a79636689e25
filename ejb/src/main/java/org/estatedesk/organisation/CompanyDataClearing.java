package org.estatedesk.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.estatedesk.audit.OperationLog;
import org.estatedesk.security.Roles;
import org.estatedesk.servicedesk.TaskRepository;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.VisibleEstateCache;

/**
 * Clearing a company's test data (清空数据, R0.11): reception records, tasks and callbacks, job runs, estates, buildings, units, owners and
 * their history, parameters, announcements and shared acceptance go; the company, its departments and users stay. Only a group administrator,
 * and only after typing the company's code as confirmation. All or nothing, in one transaction.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class CompanyDataClearing {
    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    VisibleEstateCache visibleEstates;

    @Inject
    TaskRepository tasks;

    @Inject
    OperationLog log;

    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> clear(long companyId, String typedConfirmation) {
        if (!caller.scope().groupWide()) {
            throw new AccessDeniedException("error.org.groupAdminOnly");
        }
        OrgUnit company = em.find(OrgUnit.class, companyId);
        if (company == null || !company.isCompany()) {
            throw new NotFoundException("company", companyId);
        }
        if (typedConfirmation == null || !typedConfirmation.trim().equals(company.getCode())) {
            throw new RuleViolationException("error.clear.confirmation", "confirmation", company.getCode());
        }
        String estates = "(select e.id from estate e where e.company_id = :c)";
        Map<String, Integer> removed = new LinkedHashMap<>();
        // the service desk's records (C1) first: they point at units and estates; the library stays
        removed.put("callback", exec("delete from callback where company_id = :c", companyId));
        exec("delete from task_event where task_id in (select t.id from task t where t.company_id = :c)", companyId);
        removed.put("compensation", exec("delete from compensation where company_id = :c", companyId));
        tasks.uncountCompany(companyId);
        removed.put("task", exec("delete from task where company_id = :c", companyId));
        removed.put("topic", exec("delete from complaint_topic where company_id = :c", companyId));
        exec("delete from contractor_scope where contractor_id in (select c.id from contractor c where c.company_id = :c)",
                companyId);
        removed.put("contractor", exec("delete from contractor where company_id = :c", companyId));
        removed.put("notification", exec("delete from notification where company_id = :c", companyId));
        removed.put("reception", exec("delete from reception where company_id = :c", companyId));
        exec("delete from statistics_breakdown where snapshot_id in (select s.id from statistics_snapshot s"
                + " where s.company_id = :c)", companyId);
        removed.put("statisticsSnapshot", exec("delete from statistics_snapshot where company_id = :c", companyId));
        exec("delete from statistics_run where company_id = :c", companyId);
        exec("delete from job_checkpoint where run_id in (select r.id from job_run r where r.company_id = :c)",
                companyId);
        removed.put("jobRun", exec("delete from job_run where company_id = :c", companyId));
        removed.put("ownership", exec("delete from ownership where unit_id in (select u.id from unit u where u.company_id = :c)"
                + " or owner_id in (select o.id from owner o where o.company_id = :c)", companyId));
        removed.put("unit", exec("delete from unit where company_id = :c", companyId));
        removed.put("owner", exec("delete from owner where company_id = :c", companyId));
        removed.put("entrance", exec("delete from entrance where building_id in (select b.id from building b where b.estate_id in "
                + estates + ")", companyId));
        removed.put("building", exec("delete from building where estate_id in " + estates, companyId));
        exec("delete from user_scope where estate_id in " + estates, companyId);
        removed.put("sharedAcceptance", exec("delete from shared_acceptance where estate_id in " + estates
                + " or accepting_company_id = :c", companyId));
        exec("delete from task_count where estate_id in " + estates, companyId);
        removed.put("estate", exec("delete from estate where company_id = :c", companyId));
        visibleEstates.invalidate();
        removed.put("parameter", exec("delete from business_parameter where company_id = :c", companyId));
        removed.put("announcement", exec("delete from announcement where company_id = :c", companyId));
        log.record("COMPANY_CLEAR", "org", companyId, company.getCode() + " " + removed, companyId);
        return removed;
    }

    private int exec(String sql, long companyId) {
        return em.createNativeQuery(sql).setParameter("c", companyId).executeUpdate();
    }
}
