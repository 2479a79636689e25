/**
 * The monthly-statistics job's artifacts (R6.2): the job ({@code META-INF/batch-jobs/monthly-statistics.xml}) hands
 * out a company's estates in chunks ({@link org.estatedesk.statistics.StatisticsEstateReader}) and replaces each
 * estate's snapshot of the month with figures computed by grouped queries in the database
 * ({@link org.estatedesk.statistics.StatisticsWriter}). Started, followed and restarted by
 * {@link org.estatedesk.statistics.StatisticsRuns} (ejb module).
 */
package org.estatedesk.statistics;
