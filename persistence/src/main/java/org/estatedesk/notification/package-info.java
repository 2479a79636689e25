/**
 * Notifications (C1's e-mails to supervisors and managers; later R7.3): an outbox of messages written in the
 * transaction of the change they report and delivered after it commits.
 */
package org.estatedesk.notification;
