/**
 * Delivering the notification outbox by e-mail (Jakarta Mail): after the writing transaction commits, and again by
 * a timer for what failed. Capabilities write their messages through {@link org.estatedesk.notification.Outbox}.
 */
package org.estatedesk.notification;
