/**
 * Monthly statistics (R6.2): per company, estate and month the requests by kind, category and SLA tier, the on-time
 * rate per tier, the average handling time, callback rate and satisfaction, escalations, the complaint rate (‰ of
 * units), the decoration violation rate (‰), the fee collection rate and arrears. The figures are computed in the
 * database by grouped queries ({@link org.estatedesk.statistics.JpaStatisticsRepository}) and kept as snapshots
 * ({@link org.estatedesk.statistics.StatisticsSnapshot}), so that the figures of a closed month never change;
 * {@link org.estatedesk.statistics.MonthlyFigures} derives the rates from the stored counts.
 */
package org.estatedesk.statistics;
