package org.estatedesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The relay's state (C1 outbox): after a failed connection the immediate delivery pauses for the timer's period,
 * and the timer's next round then takes every message left to it, however recent.
 */
class MailRelayTest {
    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }
    }

    private final Hands hands = new Hands();
    private final MailRelay relay = new MailRelay();

    {
        relay.clock = hands;
    }

    private OffsetDateTime now() {
        return hands.now.atOffset(ZoneOffset.UTC);
    }

    @Test
    void aRelayNeverFoundDownDeliversAtOnce() {
        assertTrue(relay.deliverNow());
        assertEquals(now().minusMinutes(1), relay.dueBefore(now()), "the timer takes what is a minute old");
    }

    @Test
    void anUnreachableRelayPausesImmediateDeliveryForTheTimersPeriod() {
        relay.unreachable();
        assertFalse(relay.deliverNow());
        hands.advanceMillis(MailRelay.PAUSE_MILLIS - 1);
        assertFalse(relay.deliverNow());
        hands.advanceMillis(1);
        assertTrue(relay.deliverNow(), "the pause is over: try again");
    }

    @Test
    void aDeliveryEndsThePauseAtOnce() {
        relay.unreachable();
        hands.advanceMillis(1_000);
        relay.delivered();
        assertTrue(relay.deliverNow());
    }

    @Test
    void whatWasLeftToTheTimerIsDueInItsNextRoundThoughNotAMinuteOld() {
        relay.unreachable();
        hands.advanceMillis(5_000);
        OffsetDateTime left = now();
        assertFalse(relay.deliverNow());
        hands.advanceMillis(15_000);
        // the timer's round 15 s later takes everything written up to and including the message left
        assertEquals(left.plusNanos(1_000_000), relay.dueBefore(now()));
    }

    @Test
    void leftoversOlderThanAMinuteAreCoveredByTheMinuteRule() {
        relay.unreachable();
        assertFalse(relay.deliverNow());
        hands.advanceMillis(120_000);
        assertEquals(now().minusMinutes(1), relay.dueBefore(now()));
    }
}
