/**
 * Archive use cases (R5.2): {@link org.estatedesk.archives.ArchiveService} keeps owner, unit and construction files
 * with their items and scanned copies, records every change and access, lends files and grants reading after the
 * estate manager's approval (form type {@code ARCHIVE_BORROW}, decided by
 * {@link org.estatedesk.archives.ArchiveBorrowApprovalForm}; HQ inspections need none), and lets administrators keep
 * each company's required documents per unit state. Archives are confidential: only the roles named on each method
 * see them, and only the archive keeper (and administrators) read copies without a granted request. The archive
 * audit (R5.3): {@link org.estatedesk.archives.ArchiveAudits} starts, follows, stops and restarts the batch job
 * {@code archive-audit} on demand, {@link org.estatedesk.archives.ArchiveAuditSchedule} twice a year;
 * {@link org.estatedesk.archives.ArchiveAuditService} lists an audit's findings and closes them once fixed. The job's
 * artifacts are in the batch module's package of the same name.
 */
package org.estatedesk.archives;
