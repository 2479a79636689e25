/**
 * Reading the monthly statistics (R6.2) within the caller's data scope: a month's snapshots per estate, an estate's
 * trend over the last months, and the company's KPI thresholds (R0.9) the dashboard measures them against. The
 * snapshots are written by the monthly-statistics job (batch module), which
 * {@link org.estatedesk.statistics.StatisticsRuns} starts, follows, stops and restarts on demand and
 * {@link org.estatedesk.statistics.StatisticsSchedule} on the 1st of each month for the month before.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.2</td><td>a month's snapshots and an estate's trend</td><td>{@link StatisticsService#month}, {@link StatisticsService#trend}</td></tr>
 * <tr><td>R0.9</td><td>KPI thresholds</td><td>{@link StatisticsService#thresholds}</td></tr>
 * <tr><td>R6.2</td><td>the monthly statistics run as a batch job</td><td>{@link StatisticsRuns#start}, {@link StatisticsSchedule}</td></tr>
 * </table>
 */
package org.estatedesk.statistics;
