/**
 * Archive use cases: {@link ArchiveService} keeps owner, unit and construction files with their items and scanned
 * copies, records every change and access, lends files and grants reading after the estate manager's approval
 * (form type {@code ARCHIVE_BORROW}, decided by {@link ArchiveBorrowApprovalForm}; HQ inspections need none), and
 * lets administrators keep each company's required documents per unit state. Archives are confidential: only the
 * roles named on each method see them, and only the archive keeper (and administrators) read copies without a
 * granted request. {@link ArchiveAuditService} lists an archive audit's findings and closes them once fixed.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.2</td><td>archive files, borrowing and reading after approval</td><td>{@link ArchiveService#requestBorrow}, {@link ArchiveService#addItem}, {@link ArchiveBorrowApprovalForm}</td></tr>
 * <tr><td>R5.3</td><td>the audit report's findings assigned to the archive keeper</td><td>{@link ArchiveAuditService#findings}, {@link ArchiveAuditService#close}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
