/**
 * Notifications: an outbox of e-mail messages to staff (supervisors and managers of the service desk) written in
 * the transaction of the change they report and delivered after it commits. Notifications to owners by e-mail and
 * SMS belong to the "Owners" issue and are not built yet.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R1.4</td><td>new task and major emergency mailed to the supervisor and manager</td><td>{@link Notification}, written by {@code servicedesk.ServiceDeskNotifications} (ejb)</td></tr>
 * <tr><td>R1.5</td><td>overdue tasks reported</td><td>{@link Notification}, written by {@code notification.NotificationTimer} (ejb)</td></tr>
 * </table>
 */
package org.estatedesk.notification;
