package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.estatedesk.organisation.ParameterKey;
import org.junit.jupiter.api.Test;

/** A company's SLA and callback parameters (R1.5, R1.7, R0.9) read in their units: minutes, hours, days. */
class ServiceDeskClockTest {
    private static Map<ParameterKey, String> defaults() {
        Map<ParameterKey, String> p = new EnumMap<>(ParameterKey.class);
        for (ParameterKey k : ParameterKey.values()) {
            p.put(k, k.defaultValue());
        }
        return p;
    }

    @Test
    void theDefaultParametersAreTheDefaultPolicy() {
        assertEquals(SlaPolicy.DEFAULT, ServiceDeskClock.sla(defaults()));
        assertEquals(Duration.ofHours(24), ServiceDeskClock.callbackDelay(defaults()));
        assertEquals(Duration.ofDays(3), ServiceDeskClock.callbackLatest(defaults()));
    }

    @Test
    void eachParameterIsReadInItsOwnUnit() {
        Map<ParameterKey, String> p = defaults();
        p.put(ParameterKey.SLA_GENERAL_MINUTES, "45");
        p.put(ParameterKey.SLA_COMPLEX_HOURS, "5");
        p.put(ParameterKey.SLA_DIFFICULT_DAYS, "7");
        p.put(ParameterKey.CALLBACK_DELAY_HOURS, "2");
        p.put(ParameterKey.CALLBACK_LATEST_DAYS, "10");
        assertEquals(new SlaPolicy(Duration.ofMinutes(45), Duration.ofHours(5), Duration.ofDays(7)),
                ServiceDeskClock.sla(p));
        assertEquals(Duration.ofHours(2), ServiceDeskClock.callbackDelay(p));
        assertEquals(Duration.ofDays(10), ServiceDeskClock.callbackLatest(p));
    }
}
