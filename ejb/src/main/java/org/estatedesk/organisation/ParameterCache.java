package org.estatedesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A company's business parameters (R0.9) as last read, for {@code estatedesk.parameters.cacheSeconds} (default 30):
 * every task the front desk creates reads its SLA parameters, and they change rarely. A change on this server takes
 * effect at once; one made on another server of a cluster within that time. 0 turns the cache off.
 */
@ApplicationScoped
public class ParameterCache {
    @Inject
    @ConfigProperty(name = "estatedesk.parameters.cacheSeconds", defaultValue = "30")
    int seconds;

    private record Cached(Map<ParameterKey, String> values, long expiresAt) {
    }

    private final ConcurrentHashMap<Long, Cached> companies = new ConcurrentHashMap<>();

    Map<ParameterKey, String> get(long companyId, LongFunction<Map<ParameterKey, String>> loader) {
        if (seconds <= 0) {
            return loader.apply(companyId);
        }
        Cached c = companies.get(companyId);
        if (c == null || System.nanoTime() - c.expiresAt() > 0) {
            c = new Cached(Map.copyOf(loader.apply(companyId)), System.nanoTime() + seconds * 1_000_000_000L);
            companies.put(companyId, c);
        }
        return c.values();
    }

    void invalidate(long companyId) {
        companies.remove(companyId);
    }
}
