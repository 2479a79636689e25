/**
 * Estate services: estates, buildings, unit generation from a pattern (started here, run as a batch job for large
 * buildings), the units list and export.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.2</td><td>estates, buildings, units</td><td>{@link EstateService#createEstate}, {@link EstateService#addBuilding}, {@link EstateService#units}</td></tr>
 * <tr><td>R0.3</td><td>unit generation from a pattern</td><td>{@link EstateService#generateUnits}, {@link UnitGeneration#validate}</td></tr>
 * </table>
 */
package org.estatedesk.estates;
