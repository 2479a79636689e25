/**
 * The statistics dashboard ({@code statistics/}): a manager starts the month's run, sees the snapshots, trends and
 * KPI gauges, and exports them.
 * <p>
 * REST resources (under {@code /api/v1}): {@link StatisticsResource} ({@code /statistics}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.2</td><td>monthly statistics, charts, export</td><td>{@link StatisticsBacking}</td></tr>
 * <tr><td>R6.1</td><td>counts opening the filtered list</td><td>{@link StatisticsBacking}</td></tr>
 * <tr><td>R6.2</td><td>API: monthly statistics</td><td>{@link StatisticsResource}</td></tr>
 * </table>
 */
package org.estatedesk.statistics;
