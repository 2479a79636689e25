/**
 * Monthly statistics (C6): per company, estate and month the requests by kind, category and SLA tier, the on-time
 * rate per tier, the average handling time, callback rate and satisfaction, escalations, the complaint rate (‰ of
 * units), the decoration violation rate (‰), the fee collection rate and arrears, computed in the database by
 * grouped queries and kept as snapshots so that the figures of a closed month never change.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.2</td><td>monthly statistics as snapshots</td><td>{@link StatisticsSnapshot}, {@link MonthlyFigures}, {@link StatisticsRepository}, {@link JpaStatisticsRepository}</td></tr>
 * <tr><td>R1.5</td><td>on-time rate per SLA tier</td><td>{@link Breakdown#onTimeRate}</td></tr>
 * <tr><td>R1.7</td><td>callback rate</td><td>{@link MonthlyFigures#callbackRate}</td></tr>
 * <tr><td>R3.4</td><td>decoration violation rate (‰)</td><td>{@link MonthlyFigures#violationPermille}, {@link StatisticsRepository#decorationViolations}</td></tr>
 * <tr><td>R4.7</td><td>collection rate</td><td>{@link MonthlyFigures#collectionRate}</td></tr>
 * </table>
 */
package org.estatedesk.statistics;
