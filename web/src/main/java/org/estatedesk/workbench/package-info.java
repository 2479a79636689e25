/**
 * The workbench page (我的工作台): counts that open the filtered list, announcements.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.1</td><td>workbench</td><td>{@link WorkbenchBacking}</td></tr>
 * </table>
 */
package org.estatedesk.workbench;
