/**
 * The work log (工作日志): each staff user's daily entries (one per user and day, editable by its author until the
 * week is reviewed) and the supervisors' weekly reviews.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.4</td><td>daily log, weekly review</td><td>{@link WorkLog}, {@link WorkLogReview}, {@link Supervision}</td></tr>
 * </table>
 */
package org.estatedesk.worklog;
