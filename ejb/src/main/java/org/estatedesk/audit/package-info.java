/**
 * Operation log and master-data change history: searching and exporting them; every capability writes the log
 * through the kernel's {@link org.estatedesk.shared.OperationLog}. Audit reads the other capabilities, and none
 * depends on it.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.8</td><td>operation log written for every change and login; searchable, exportable</td><td>{@link org.estatedesk.shared.OperationLog#record}, {@link AuditService#searchLog}, {@link AuditService#history}</td></tr>
 * </table>
 */
package org.estatedesk.audit;
