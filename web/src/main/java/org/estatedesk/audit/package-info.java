/**
 * The operation log page ({@code audit/}): search and export of the operation log.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.8</td><td>search and export the operation log</td><td>{@link OperationLogBacking}</td></tr>
 * </table>
 */
package org.estatedesk.audit;
