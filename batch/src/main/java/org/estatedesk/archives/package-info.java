/**
 * The archive-audit job: {@link ArchiveAudits} starts, follows and restarts it through the shared job-run
 * mechanism ({@link org.estatedesk.jobs.JobRunService}), on demand and on its schedule
 * ({@link ArchiveAuditSchedule}); the job ({@code META-INF/batch-jobs/archive-audit.xml}) checks each estate, then
 * every unit in keyset chunks with {@link org.estatedesk.archives.ArchiveAuditRule}, and writes the findings.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.3</td><td>archive audit at least twice a year</td><td>{@link ArchiveAudits#start}, {@link ArchiveAuditSchedule}, {@link AuditUnitReader}, {@link AuditUnitWriter}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
