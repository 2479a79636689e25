package org.estatedesk.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.estatedesk.notification.MailDelivery;

/**
 * Hands the invitation e-mails that a survey's insert-select queued in the outbox to the mail delivery once the
 * transaction has committed (as {@code Outbox} does for the rows it persists one by one); what fails is retried by
 * the notification timer like any outbox row.
 */
@ApplicationScoped
public class SurveyMailing {
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    MailDelivery delivery;

    public void deliverAfterCommit(List<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(notificationIds);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the rows are written with the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> delivery.deliver(ids));
                }
            }
        });
    }
}
