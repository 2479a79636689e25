/**
 * The archive-audit job's artifacts (R5.3): the job ({@code META-INF/batch-jobs/archive-audit.xml}) checks each
 * estate ({@link org.estatedesk.archives.AuditEstateReader}, {@link org.estatedesk.archives.AuditEstateWriter}), then
 * every unit in keyset chunks ({@link org.estatedesk.archives.AuditUnitReader},
 * {@link org.estatedesk.archives.AuditUnitWriter}) with {@link org.estatedesk.archives.ArchiveAuditRule}, and writes
 * the findings; its parameters are read by {@link org.estatedesk.archives.AuditParameters}. Started on demand and on
 * its schedule by {@link org.estatedesk.archives.ArchiveAudits} (ejb module).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.3</td><td>archive audit at least twice a year</td><td>{@link ArchiveAudits#start}, {@link ArchiveAuditSchedule}, {@link AuditUnitReader}, {@link AuditUnitWriter}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
