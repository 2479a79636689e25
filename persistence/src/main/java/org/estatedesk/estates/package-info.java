/**
 * Estates (项目/小区) and their physical structure: buildings, entrances, units with type and area, unit generation
 * from a numbering pattern, and the estates a caller may see.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.2</td><td>estate → building → entrance → floor → unit; unit types and areas</td><td>{@link Estate}, {@link Unit}, {@link UnitType}</td></tr>
 * <tr><td>R0.3</td><td>unit numbering pattern</td><td>{@link UnitNumberPattern#format}</td></tr>
 * <tr><td>R0.6</td><td>the caller's estates, in SQL</td><td>{@link EstateRepository#visibleIds}</td></tr>
 * <tr><td>R0.7</td><td>estates accepted on behalf of another company</td><td>{@link EstateRepository#visibleIds}</td></tr>
 * </table>
 */
package org.estatedesk.estates;
