/**
 * The work log use cases: staff write their day, supervisors review a week.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.4</td><td>daily log and weekly review</td><td>{@link WorkLogService#write}, {@link WorkLogService#review}</td></tr>
 * </table>
 */
package org.estatedesk.worklog;
