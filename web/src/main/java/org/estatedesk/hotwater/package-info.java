/**
 * The hot-water sealings page ({@code hotwater/}).
 * <p>
 * REST resources (under {@code /api/v1}): {@link HotWaterResource} ({@code /hot-water-sealings}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.8</td><td>hot-water sealing from agreement to archive</td><td>{@link SealingsBacking}</td></tr>
 * <tr><td>R3.8</td><td>API: hot-water sealing</td><td>{@link HotWaterResource}</td></tr>
 * </table>
 */
package org.estatedesk.hotwater;
