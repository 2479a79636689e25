/**
 * The unit-generation job's artifacts (R0.3, for large estates): {@link org.estatedesk.estates.UnitSlotReader} hands
 * out the layout's slots ({@link org.estatedesk.estates.UnitSlot}) in a fixed order, {@link
 * org.estatedesk.estates.UnitWriter} creates them chunk by chunk; parameters in
 * {@link org.estatedesk.estates.UnitLayout} (ejb module, shared with the use case). Started by
 * {@link org.estatedesk.estates.UnitGenerationJobs} (ejb module).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.3</td><td>unit generation in one step from a pattern</td><td>{@link UnitGenerationJobs#start}, {@link UnitSlotReader}, {@link UnitWriter}</td></tr>
 * </table>
 */
package org.estatedesk.estates;
