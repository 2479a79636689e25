/**
 * Hot-water sealing (热水封堵): agreement, final reading and its charge, settlement, the manager's approval in the
 * approval inbox (form type {@code HOT_WATER_SEAL}), engineering's task and seal, the agreement archived. Hot
 * water is built on billing; it answers billing's port {@code SealedMeters} ({@link HotWaterSeals}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.8</td><td>hot-water sealing from agreement to archive</td><td>{@link HotWaterService#apply}, {@link HotWaterService#finalReading}, {@link HotWaterService#settle}, {@link HotWaterService#sealed}, {@link HotWaterService#archive}, {@link HotWaterApprovalForm}</td></tr>
 * </table>
 */
package org.estatedesk.hotwater;
