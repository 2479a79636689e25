/**
 * Pages of the work log: one's week, and the supervisor's team week with the review.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.4</td><td>daily log, weekly review</td><td>{@link WorkLogBacking}, {@link ReviewsBacking}</td></tr>
 * </table>
 */
package org.estatedesk.worklog;
