/**
 * The archives' pages: the files list with overdue borrowings ({@code archives/files.xhtml}), one file with its
 * items, copies, borrowing and history ({@code archives/file.xhtml}), the required documents per unit state
 * ({@code archives/requirements.xhtml}), and the archive audits with their report.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.2</td><td>archive files, items, borrowing</td><td>{@link FilesBacking}, {@link FileBacking}, {@link RequirementsBacking}</td></tr>
 * <tr><td>R5.3</td><td>archive audits and the audit report</td><td>{@link AuditsBacking}, {@link AuditReport}</td></tr>
 * </table>
 */
package org.estatedesk.archives;
