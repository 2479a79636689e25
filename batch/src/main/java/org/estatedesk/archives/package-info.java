/**
 * The archive-audit job (R5.3): {@link org.estatedesk.archives.ArchiveAudits} starts, follows and restarts it through
 * the shared job-run mechanism ({@link org.estatedesk.jobs.JobRunService}), on demand and on its schedule
 * ({@link org.estatedesk.archives.ArchiveAuditSchedule}); the job ({@code META-INF/batch-jobs/archive-audit.xml})
 * checks each estate, then every unit in keyset chunks with {@link org.estatedesk.archives.ArchiveAuditRule}, and
 * writes the findings.
 */
package org.estatedesk.archives;
