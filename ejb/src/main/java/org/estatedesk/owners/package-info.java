/**
 * Owner ledger services: create, edit and search owners; assign units; change of owner with history; customer
 * consultants.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.4</td><td>owner ledger, units, occupants, change of owner</td><td>{@link OwnerService#create}, {@link OwnerService#assign}, {@link OwnerService#history}</td></tr>
 * <tr><td>R0.4, R0.8</td><td>identity numbers whole only to ADMIN, CS_MANAGER, CS_SUPERVISOR, masked to all others;
 * each showing of a whole number logged (OWNER_ID_UNMASK)</td><td>{@link OwnerService#idNumber}, {@link OwnerService#unmaskIdNumber}</td></tr>
 * <tr><td>R1.9</td><td>customer consultant</td><td>{@link OwnerService#assignConsultant}</td></tr>
 * </table>
 */
package org.estatedesk.owners;
