/**
 * Passes: worker access passes, temporary passes, hot-work permits and goods release slips of a unit's works, with
 * their copies and numbers. A pass is a {@link org.estatedesk.shared.UnitForm}, its copies
 * {@link org.estatedesk.shared.FormAttachment}s.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.6</td><td>worker, temporary and hot-work passes, release slips; deposit, validity, return</td><td>{@link Pass} ({@link Pass#giveBack}, {@link Pass#isOverdue}), {@link PassAttachment}, {@link PassRepository}</td></tr>
 * </table>
 */
package org.estatedesk.passes;
