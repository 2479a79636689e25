/**
 * The unit-generation job: {@link UnitGenerationJobs} starts, follows and restarts it; the job reads the slots of
 * a building's layout ({@link UnitSlotReader}) and writes the units ({@link UnitWriter}) in chunks.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.3</td><td>unit generation in one step from a pattern</td><td>{@link UnitGenerationJobs#start}, {@link UnitSlotReader}, {@link UnitWriter}</td></tr>
 * </table>
 */
package org.estatedesk.estates;
