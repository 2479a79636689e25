/**
 * The archives' pages: the files list with overdue borrowings ({@code archives/files.xhtml}), one file with its
 * items, copies, borrowing and history ({@code archives/file.xhtml}), the required documents per unit state
 * ({@code archives/requirements.xhtml}), and the archive audits with their report.
 * <p>
 * REST resources (under {@code /api/v1}): {@link ArchiveAuditFindingResource} ({@code /archive-audit-findings}),
 * {@link ArchiveAuditResource} ({@code /archive-audits}), {@link ArchiveBorrowResource} ({@code /archive-borrows}),
 * {@link ArchiveRequirementResource} ({@code /archive-requirements}), {@link ArchiveResource} ({@code /archive-files}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.2</td><td>archive files, items, borrowing</td><td>{@link FilesBacking}, {@link FileBacking}, {@link RequirementsBacking}</td></tr>
 * <tr><td>R5.3</td><td>archive audits and the audit report</td><td>{@link AuditsBacking}, {@link AuditReport}</td></tr>
 * <tr><td>R5.2</td><td>API: archives and borrowing</td><td>{@link ArchiveResource}, {@link ArchiveBorrowResource}, {@link ArchiveRequirementResource}</td></tr>
 * <tr><td>R5.3</td><td>API: archive audits and findings</td><td>{@link ArchiveAuditResource}, {@link ArchiveAuditFindingResource}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
