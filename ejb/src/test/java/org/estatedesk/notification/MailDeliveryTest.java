package org.estatedesk.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * Which failed deliveries mean "the relay is down" (pause and leave the rest to the timer) and which mean "this
 * message was refused" (count an attempt against the message).
 */
class MailDeliveryTest {
    @Test
    void noConnectionNoHostOrATimeoutAnywhereInTheCausesIsTheRelayDown() {
        assertTrue(MailDelivery.unreachable(new ConnectException("refused")));
        assertTrue(MailDelivery.unreachable(new MessagingException("could not connect",
                new UnknownHostException("smtp.example"))));
        assertTrue(MailDelivery.unreachable(new RuntimeException(new MessagingException("io",
                new SocketTimeoutException("read timed out")))));
    }

    @Test
    void aRefusedMessageIsNotTheRelayDown() {
        assertFalse(MailDelivery.unreachable(new MessagingException("550 no such user")));
        assertFalse(MailDelivery.unreachable(new IllegalStateException("bad address",
                new IllegalArgumentException())));
    }
}
