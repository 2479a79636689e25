/**
 * Archives (C5, R5.2): owner files and unit files (per unit) and construction files (per estate) with their items —
 * document type, title, where the paper is kept, an optional expiry — and scanned copies; the documents a unit's
 * file must hold in each unit state, per company; borrowing and reading a file after the estate manager's approval
 * (form type {@code ARCHIVE_BORROW}; an HQ inspection needs none), due back on a date; every change and every access
 * recorded as an {@link org.estatedesk.archives.ArchiveEvent}. The archive audit (R5.3) reads these tables (see the
 * indexes of {@code V16__keys_and_archives.sql}) and decides with {@link org.estatedesk.archives.ArchiveAuditRule};
 * its runs are {@link org.estatedesk.archives.ArchiveAudit}s with their
 * {@link org.estatedesk.archives.ArchiveAuditFinding}s ({@code V21__archive_audit.sql}).
 */
package org.estatedesk.archives;
