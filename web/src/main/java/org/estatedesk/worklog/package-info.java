/**
 * Pages of the work log: one's week, and the supervisor's team week with the review.
 * <p>
 * REST resources (under {@code /api/v1}): {@link WorkLogResource} ({@code /work-logs}), {@link WorkLogReviewResource}
 * ({@code /work-log-reviews}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.4</td><td>daily log, weekly review</td><td>{@link WorkLogBacking}, {@link ReviewsBacking}</td></tr>
 * <tr><td>R6.4</td><td>API: work log and reviews</td><td>{@link WorkLogResource}, {@link WorkLogReviewResource}</td></tr>
 * </table>
 */
package org.estatedesk.worklog;
