package org.estatedesk.archives;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;

/**
 * An archive audit's job parameters, as {@link ArchiveAudits} wrote them: the audit (= run) id, the company, its
 * estates in order, and the moment the audit speaks of ({@code asOf}: overdue and expired are judged against it, so a
 * restart next day judges as the first execution did).
 */
record AuditParameters(long auditId, long companyId, List<Long> estateIds, OffsetDateTime asOf, long failAfterUnits) {
    static AuditParameters of(Properties p) {
        String ids = JobParameters.get(p, "estateIds", "");
        return new AuditParameters(Long.parseLong(p.getProperty(JobParameters.RUN_ID)), Long.parseLong(p.getProperty("companyId")),
                ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
                OffsetDateTime.parse(p.getProperty("asOf")), Long.parseLong(p.getProperty("failAfterUnits", "0")));
    }
}
