package org.estatedesk.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes notifications in the caller's transaction and hands them to {@link MailDelivery} once it has committed: a
 * rolled-back change sends nothing, a committed one is delivered at once (unless the relay was found down a moment
 * ago, see {@link MailRelay}), and what fails or waits is delivered by {@link NotificationTimer}.
 */
@ApplicationScoped
public class Outbox {
    private static final Object KEY = Outbox.class;

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    MailDelivery delivery;

    @Inject
    MailRelay relay;

    public void enqueue(Notification n) {
        em.persist(n);
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) transactions.getResource(KEY);
        if (ids == null) {
            List<Long> created = new ArrayList<>();
            transactions.putResource(KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the rows are written with the transaction
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && !created.isEmpty() && relay.deliverNow()) {
                        List<Long> batch = List.copyOf(created);
                        executor.execute(() -> delivery.deliver(batch));
                    }
                }
            });
            ids = created;
        }
        ids.add(n.getId());
    }
}
