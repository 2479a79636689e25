/**
 * The workbench page (我的工作台): counts that open the filtered list, announcements.
 * <p>
 * REST resources (under {@code /api/v1}): {@link WorkbenchResource} ({@code /workbench}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.1</td><td>workbench</td><td>{@link WorkbenchBacking}</td></tr>
 * <tr><td>R6.1</td><td>API: workbench counts</td><td>{@link WorkbenchResource}</td></tr>
 * </table>
 */
package org.estatedesk.workbench;
