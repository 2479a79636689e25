package org.estatedesk.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Every 20 seconds: delivers again what failed, and lets the capabilities report what has become late (an
 * {@link OverdueCheck} event; the service desk answers it with its SLA-breach notifications, R1.5). Each server of a
 * cluster runs it; the rows and the claims in the database keep the work from being done twice.
 */
@Singleton
@PermitAll
public class NotificationTimer {
    @Inject
    Clock clock;

    @Inject
    MailDelivery delivery;

    @Inject
    Event<OverdueCheck> overdue;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    public void run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        overdue.fire(new OverdueCheck(now));
        delivery.deliver(delivery.due(now));
    }
}
