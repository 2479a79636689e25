package org.estatedesk.organisation;

import java.util.Map;

/** Everything a company owns in the database, found from the schema (R0.11: clearing a company's data). */
public interface CompanyDataRepository {
    /** Deletes the company's rows in every table but the organisation, users, issue library and audit trail. */
    Map<String, Integer> clear(long companyId);

    /** Rows per table that still belong to the company (empty after {@link #clear}). */
    Map<String, Long> remaining(long companyId);
}
