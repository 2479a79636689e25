/**
 * The monthly-statistics job: {@link StatisticsRuns} starts, follows and restarts it through the shared job-run
 * mechanism ({@link org.estatedesk.jobs.JobRunService}), on demand and on its schedule
 * ({@link StatisticsSchedule}); the job ({@code META-INF/batch-jobs/monthly-statistics.xml}) hands out a company's
 * estates in chunks and replaces each estate's snapshot of the month with figures computed by grouped queries in
 * the database.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.2</td><td>monthly statistics run as a batch</td><td>{@link StatisticsRuns#start}, {@link StatisticsSchedule}, {@link StatisticsEstateReader}, {@link StatisticsWriter}</td></tr>
 * </table>
 */
package org.estatedesk.statistics;
