/**
 * Reading the monthly statistics (R6.2) within the caller's data scope: a month's snapshots per estate, an estate's
 * trend over the last months, and the company's KPI thresholds (R0.9) the dashboard measures them against. The
 * snapshots are written by the monthly-statistics job (batch module), which
 * {@link org.estatedesk.statistics.StatisticsRuns} starts, follows, stops and restarts on demand and
 * {@link org.estatedesk.statistics.StatisticsSchedule} on the 1st of each month for the month before.
 */
package org.estatedesk.statistics;
