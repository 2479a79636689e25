/**
 * The notification outbox read through the API: what was sent about a record. It holds no DOMAIN.md rule of its own
 * (the outbox's rules are in the persistence and ejb packages of the same name).
 * <p>
 * REST resources (under {@code /api/v1}): {@link NotificationResource} ({@code /notifications}).
 */
package org.estatedesk.notification;
