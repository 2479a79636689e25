/**
 * The monthly-statistics job's artifacts (R6.2): the job ({@code META-INF/batch-jobs/monthly-statistics.xml}) hands
 * out a company's estates in chunks ({@link org.estatedesk.statistics.StatisticsEstateReader}) and replaces each
 * estate's snapshot of the month with figures computed by grouped queries in the database
 * ({@link org.estatedesk.statistics.StatisticsWriter}). Started, followed and restarted by
 * {@link org.estatedesk.statistics.StatisticsRuns} (ejb module).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.2</td><td>monthly statistics run as a batch</td><td>{@link StatisticsRuns#start}, {@link StatisticsSchedule}, {@link StatisticsEstateReader}, {@link StatisticsWriter}</td></tr>
 * </table>
 */
package org.estatedesk.statistics;
