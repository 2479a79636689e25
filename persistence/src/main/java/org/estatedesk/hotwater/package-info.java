/**
 * Hot-water sealing (热水封堵): the owner's agreement, the final meter reading, the settlement of the hot-water fees,
 * the manager's approval, engineering's sealing and the agreement archived. A sealed meter takes no reading until
 * engineering unseals it. A {@link org.estatedesk.shared.DecidedUnitForm}: its unit and the manager's decision are
 * the form kernel's.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.8</td><td>hot-water sealing and its states</td><td>{@link HotWaterSealing} ({@link HotWaterSealing#refuseReading}), {@link HotWaterRepository}</td></tr>
 * </table>
 */
package org.estatedesk.hotwater;
