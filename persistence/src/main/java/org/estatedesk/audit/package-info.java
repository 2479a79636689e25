/**
 * Traceability (C0): the operation log of every change and every login, and the change history of master data
 * (who, when, before, after) recorded by Hibernate Envers revisions.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.8</td><td>operation log: who, when, from where, which operation on which record</td><td>{@link org.estatedesk.shared.OperationLogEntry}</td></tr>
 * </table>
 */
package org.estatedesk.audit;
