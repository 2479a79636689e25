/**
 * Relocation / move-out (业户迁出): the checks that refuse an application with every reason (fees, decoration, keys,
 * passes, an open relocation), the CS manager's approval through the approval inbox (form type
 * {@code RELOCATION}), the goods release slip and the move.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.7</td><td>move-out: checks, approval, release slip, unit status</td><td>{@link RelocationService#check}, {@link RelocationService#apply}, {@link RelocationService#release}, {@link RelocationService#complete}, {@link RelocationApprovalForm}</td></tr>
 * </table>
 */
package org.estatedesk.relocation;
