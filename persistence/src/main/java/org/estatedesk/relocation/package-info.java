/**
 * Relocation / move-out (业户迁出): the application that passed its checks, the manager's approval, the goods release
 * slip and the move that updates the unit's state. A {@link org.estatedesk.shared.DecidedUnitForm}: its unit and
 * the manager's decision are the form kernel's.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.7</td><td>move-out: approval, release slip, unit state</td><td>{@link Relocation#decide}, {@link Relocation#release}, {@link Relocation#complete}, {@link RelocationRepository}</td></tr>
 * <tr><td>R3.6</td><td>the goods release slip of a move-out</td><td>{@link Relocation#release}</td></tr>
 * </table>
 */
package org.estatedesk.relocation;
