/**
 * The operation log page ({@code audit/}): search and export of the operation log, each line in the reader's language
 * ({@link OperationNames}: the operation's name {@code log.op.<code>}, the record's kind and number or name).
 * <p>
 * REST resources (under {@code /api/v1}): {@link OperationLogResource} ({@code /operation-log}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.8</td><td>search and export the operation log</td><td>{@link OperationLogBacking}</td></tr>
 * <tr><td>R0.8</td><td>API: operation log search and export</td><td>{@link OperationLogResource}</td></tr>
 * </table>
 */
package org.estatedesk.audit;
