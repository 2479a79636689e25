package org.estatedesk.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.VisibleEstateCache;

/**
 * Clearing a company's test data (清空数据, R0.11): everything the company owns goes — estates and units, owners and
 * their history, the service desk's records, bills, payments, rates and contracts, keys, archives, forms, statistics,
 * surveys, parameters, announcements — found from the schema ({@link CompanyDataRepository}), so a new table is
 * never left behind; the company, its departments and users, the issue library and the operation log stay. Only a
 * group administrator, and only after typing the company's code as confirmation. All or nothing, in one
 * transaction: if any row of the company were left, nothing is cleared.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class CompanyDataClearing {
    @Inject
    CallerContext caller;

    @Inject
    VisibleEstateCache visibleEstates;

    @Inject
    Event<CompanyClearing> clearing;

    @Inject
    CompanyDataRepository data;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    OperationLog log;

    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> clear(long companyId, String typedConfirmation) {
        if (!caller.scope().groupWide()) {
            throw new AccessDeniedException("error.org.groupAdminOnly");
        }
        OrgUnit company = orgUnits.find(companyId).orElse(null);
        if (company == null || !company.isCompany()) {
            throw new NotFoundException("company", companyId);
        }
        if (typedConfirmation == null || !typedConfirmation.trim().equals(company.getCode())) {
            throw new RuleViolationException("error.clear.confirmation", "confirmation", company.getCode());
        }
        // what the schema scan cannot see (the service desk's task counters, kept by delta) goes first
        clearing.fire(new CompanyClearing(companyId));
        Map<String, Integer> rows = data.clear(companyId);
        Map<String, Long> left = data.remaining(companyId);
        if (!left.isEmpty()) {
            throw new IllegalStateException("company " + companyId + " still owns rows after clearing: " + left);
        }
        visibleEstates.invalidate();
        Map<String, Integer> removed = new LinkedHashMap<>();
        rows.forEach((table, n) -> removed.merge(group(table), n, Integer::sum));
        log.record("COMPANY_CLEAR", "org", companyId, company.getCode() + " " + removed, companyId);
        return removed;
    }

    /** The part of the company's data a table holds, as the page names it ({@code clear.table.<group>}). */
    static String group(String table) {
        String t = table.endsWith("_aud") ? table.substring(0, table.length() - 4) : table;
        if (t.startsWith("estate_key") || t.startsWith("key_")) {
            return "keys";
        }
        if (t.startsWith("estate") || t.startsWith("building") || t.equals("entrance") || t.startsWith("unit")
                || t.equals("shared_acceptance") || t.equals("user_scope")) {
            return "estates";
        }
        if (t.startsWith("owner")) {
            return "owners";
        }
        if (t.startsWith("task") || t.startsWith("reception") || t.startsWith("callback")
                || t.startsWith("compensation") || t.startsWith("complaint") || t.startsWith("contractor")
                || t.startsWith("notification")) {
            return "servicedesk";
        }
        if (t.startsWith("bill") || t.startsWith("payment") || t.startsWith("deposit") || t.startsWith("prepaid")
                || t.startsWith("fee_") || t.startsWith("contract") || t.startsWith("dunning")
                || t.startsWith("receipt") || t.startsWith("meter") || t.startsWith("hot_water")) {
            return "billing";
        }
        if (t.startsWith("decoration") || t.startsWith("pass") || t.startsWith("relocation")) {
            return "forms";
        }
        if (t.startsWith("inspection") || t.startsWith("defect")) {
            return "handover";
        }
        if (t.startsWith("archive")) {
            return "archives";
        }
        if (t.startsWith("statistics") || t.startsWith("survey") || t.startsWith("questionnaire")
                || t.startsWith("work_log")) {
            return "statistics";
        }
        if (t.startsWith("business_parameter") || t.equals("announcement") || t.equals("holiday")) {
            return "settings";
        }
        return "jobs";
    }
}
