/**
 * The owner / customer ledger (客户台帐): persons and organisations with a verified identity document, their units,
 * occupants and tenants, the history of changes of owner (更名), and each owner's customer consultant.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.4</td><td>owner ledger, ID checksum, units, occupants, change of owner with history</td><td>{@link Owner}, {@link IdType}, {@link Ownership}, {@link OwnerRepository#currentNames}</td></tr>
 * <tr><td>R0.4</td><td>identity numbers masked to the front line: first 6, asterisks, last 4 (10 characters or fewer:
 * at most the last 4, never more than half); whole to ADMIN, CS_MANAGER, CS_SUPERVISOR; a form sending the mask back
 * keeps the stored number (issue 20)</td><td>{@link IdNumberMask}, {@link Owner#getMaskedIdNumber}, {@link Owner#update}</td></tr>
 * <tr><td>R1.9</td><td>customer consultant per owner</td><td>{@link Owner#assignConsultant}</td></tr>
 * </table>
 */
package org.estatedesk.owners;
