/**
 * The monthly-statistics job (R6.2): {@link org.estatedesk.statistics.StatisticsRuns} starts, follows and restarts
 * it through the shared job-run mechanism ({@link org.estatedesk.jobs.JobRunService}); the job
 * ({@code META-INF/batch-jobs/monthly-statistics.xml}) hands out a company's estates in chunks and replaces each
 * estate's snapshot of the month with figures computed by grouped queries in the database.
 */
package org.estatedesk.statistics;
