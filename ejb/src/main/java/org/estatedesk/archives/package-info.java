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
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.2</td><td>archive files, borrowing and reading after approval</td><td>{@link ArchiveService#requestBorrow}, {@link ArchiveService#addItem}, {@link ArchiveBorrowApprovalForm}</td></tr>
 * <tr><td>R5.3</td><td>the audit report's findings assigned to the archive keeper</td><td>{@link ArchiveAuditService#findings}, {@link ArchiveAuditService#close}</td></tr>
 * <tr><td>R5.3</td><td>the archive audit run, at least twice a year</td><td>{@link ArchiveAudits#start}, {@link ArchiveAuditSchedule}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
