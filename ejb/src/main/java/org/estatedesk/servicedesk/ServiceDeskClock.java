package org.estatedesk.servicedesk;

import java.time.Duration;
import java.util.Map;
import org.estatedesk.organisation.ParameterKey;

/** The service desk's reading of a company's SLA and callback parameters (R1.5, R1.7, R0.9). */
final class ServiceDeskClock {
    private ServiceDeskClock() {
    }

    static SlaPolicy sla(Map<ParameterKey, String> p) {
        return new SlaPolicy(Duration.ofMinutes(Long.parseLong(p.get(ParameterKey.SLA_GENERAL_MINUTES))),
                Duration.ofHours(Long.parseLong(p.get(ParameterKey.SLA_COMPLEX_HOURS))),
                Duration.ofDays(Long.parseLong(p.get(ParameterKey.SLA_DIFFICULT_DAYS))));
    }

    static Duration callbackDelay(Map<ParameterKey, String> p) {
        return Duration.ofHours(Long.parseLong(p.get(ParameterKey.CALLBACK_DELAY_HOURS)));
    }

    static Duration callbackLatest(Map<ParameterKey, String> p) {
        return Duration.ofDays(Long.parseLong(p.get(ParameterKey.CALLBACK_LATEST_DAYS)));
    }
}
