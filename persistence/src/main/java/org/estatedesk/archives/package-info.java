/**
 * Archives (C5): owner files and unit files (per unit) and construction files (per estate) with their items
 * (document type, title, where the paper is kept, an optional expiry) and scanned copies; the documents a unit's
 * file must hold in each unit state, per company; borrowing and reading a file after the estate manager's approval
 * (form type {@code ARCHIVE_BORROW}; an HQ inspection needs none); every change and access recorded. The archive
 * audit's runs and findings ({@code V16__keys_and_archives.sql}, {@code V21__archive_audit.sql}) and the rule that
 * decides them. A borrow request is a {@link org.estatedesk.shared.DecidedEstateForm}, a scanned copy a
 * {@link org.estatedesk.shared.FormAttachment}, a file's history line a {@link org.estatedesk.shared.HistoryEntry}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.2</td><td>archive files, items with a location, recorded changes, approved borrowing</td><td>{@link ArchiveFile}, {@link ArchiveItem}, {@link ArchiveEvent}, {@link ArchiveBorrow#grants}, {@link ArchiveRepository}</td></tr>
 * <tr><td>R5.3</td><td>archive audit: missing and expired documents, overdue borrowings and keys</td><td>{@link ArchiveAuditRule} (with {@link ArchiveRequirement}, {@link ArchiveItem#isExpired}, {@link ArchiveBorrow#isOverdue}); runs {@link ArchiveAudit}, {@link ArchiveAuditFinding}; queries {@link ArchiveAuditRepository}</td></tr>
 * <tr><td>R5.1</td><td>the audit's overdue keys and missing spare sets</td><td>{@link ArchiveAuditRepository#withoutSpare}, {@link AuditFindingKind}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
