package org.estatedesk.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends outbox rows by e-mail through the server's mail session {@code mail/estatedesk}, each in a transaction of
 * its own so that one bad address does not hold up the others. Internal: called after a commit and by the timer,
 * never by a client, hence {@code @PermitAll} (the rows it sends were written by authorised use cases).
 */
@Stateless
@PermitAll
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Resource(lookup = "mail/estatedesk")
    Session mail;

    @Resource
    SessionContext context;

    @Inject
    MailRelay relay;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(List<Long> ids) {
        MailDelivery self = context.getBusinessObject(MailDelivery.class);
        for (Long id : ids) {
            if (!self.deliverOne(id)) {
                // the relay cannot be reached: the rest waits for the timer's next round, no attempt counted
                return;
            }
        }
    }

    /**
     * One message in its own transaction (REQUIRES_NEW: a failure is recorded without touching the others).
     * Returns false when the relay could not be reached at all; that is not held against the message.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverOne(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getState() != Notification.State.PENDING) {
            return true;
        }
        try {
            MimeMessage m = new MimeMessage(mail);
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(n.getRecipient()));
            m.setSubject(n.getSubject(), "UTF-8");
            m.setText(n.getBody(), "UTF-8");
            m.setSentDate(Date.from(clock.instant()));
            m.setFrom(); // the mail session's mail.from (estatedesk.mail.from)
            Transport.send(m);
            relay.delivered();
            n.delivered(OffsetDateTime.now(clock));
        } catch (MessagingException e) {
            if (unreachable(e)) {
                LOG.fine(() -> "Mail relay unreachable: " + e.getMessage());
                relay.unreachable();
                return false;
            }
            failed(n, id, e);
        } catch (RuntimeException e) {
            failed(n, id, e);
        }
        return true;
    }

    /** The relay is down (no connection, no host, a timeout anywhere in the causes); package-visible for its test. */
    static boolean unreachable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException
                    || c instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The relay refused this message (a bad address, say): counted; after the last attempt it stays FAILED. */
    private static void failed(Notification n, long id, Exception e) {
        n.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        LOG.log(n.getState() == Notification.State.FAILED ? Level.WARNING : Level.FINE,
                "Notification " + id + " to " + n.getRecipient() + " not delivered (attempt " + n.getAttempts()
                        + "): " + e.getMessage());
    }

    /**
     * Pending rows older than a minute (their first delivery failed, or the server stopped before it), and those
     * left to the timer while the relay was down ({@link MailRelay#dueBefore}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> due(OffsetDateTime now) {
        return em.createQuery("select n.id from Notification n where n.state = :pending and n.createdAt < :before"
                + " order by n.id", Long.class).setParameter("pending", Notification.State.PENDING)
                .setParameter("before", relay.dueBefore(now)).setMaxResults(200).getResultList();
    }
}
