/**
 * Owner ledger pages ({@code owners/}): the list with search, and one owner with units, history and consultant.
 * <p>
 * REST resources (under {@code /api/v1}): {@link OwnerResource} ({@code /owners}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.4</td><td>owner ledger</td><td>{@link OwnerListBacking}, {@link OwnerEditBacking}</td></tr>
 * <tr><td>R1.9</td><td>customer consultant</td><td>{@link OwnerEditBacking}</td></tr>
 * <tr><td>R0.4</td><td>API: owner ledger</td><td>{@link OwnerResource}</td></tr>
 * <tr><td>R1.9</td><td>API: customer consultants</td><td>{@link OwnerResource}</td></tr>
 * </table>
 */
package org.estatedesk.owners;
