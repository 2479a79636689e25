/**
 * Delivering the notification outbox by e-mail (Jakarta Mail): after the writing transaction commits, and again by
 * a timer for what failed; the timer also fires the overdue check that the service desk answers. Capabilities
 * write their messages through {@link Outbox}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R1.5</td><td>overdue tasks checked and reported by a timer</td><td>{@link NotificationTimer}, {@link OverdueCheck}</td></tr>
 * <tr><td>R1.4</td><td>a new task mailed to the supervisors</td><td>{@link Outbox#enqueue}, {@link MailDelivery}</td></tr>
 * </table>
 */
package org.estatedesk.notification;
