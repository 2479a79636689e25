package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one {@link Clock}: the system clock in UTC. Every service, job artifact, resource and backing
 * bean injects it and reads time as {@code OffsetDateTime.now(clock)} or, for the company's day,
 * {@code LocalDate.now(clock.withZone(zones.zone()))}; a test can produce a fixed clock instead.
 */
@ApplicationScoped
public class TimeSource {
    private final Clock clock = Clock.systemUTC();

    @Produces
    public Clock clock() {
        return clock;
    }
}
