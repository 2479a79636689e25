package org.estatedesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * A company's business parameters (R0.9) as last read: kept per company for the configured seconds, read every time
 * with 0, read again at once after a change on this server, and never changed behind the cache's back.
 */
class ParameterCacheTest {
    /** The database: each company's SLA minutes, counting the reads. */
    private final Map<Long, String> minutes = new HashMap<>(Map.of(1L, "30", 2L, "45"));
    private final AtomicInteger reads = new AtomicInteger();
    private final LongFunction<Map<ParameterKey, String>> loader = company -> {
        reads.incrementAndGet();
        Map<ParameterKey, String> values = new HashMap<>();
        values.put(ParameterKey.SLA_GENERAL_MINUTES, minutes.get(company));
        return values;
    };

    private static ParameterCache cache(int seconds) {
        ParameterCache cache = new ParameterCache();
        cache.seconds = seconds;
        return cache;
    }

    private String slaOf(ParameterCache cache, long company) {
        return cache.get(company, loader).get(ParameterKey.SLA_GENERAL_MINUTES);
    }

    @Test
    void aCompanysParametersAreReadOnceWhileFresh() {
        ParameterCache cache = cache(30);
        assertEquals("30", slaOf(cache, 1));
        minutes.put(1L, "20"); // changed on another server
        assertEquals("30", slaOf(cache, 1));
        assertEquals("45", slaOf(cache, 2));
        assertEquals(2, reads.get());
    }

    @Test
    void aChangeOnThisServerIsReadAtOnceForThatCompanyOnly() {
        ParameterCache cache = cache(30);
        slaOf(cache, 1);
        slaOf(cache, 2);
        minutes.put(1L, "20");
        cache.invalidate(1);
        assertEquals("20", slaOf(cache, 1));
        assertEquals("45", slaOf(cache, 2));
        assertEquals(3, reads.get());
    }

    @Test
    void zeroSecondsReadsEveryTime() {
        ParameterCache cache = cache(0);
        assertEquals("30", slaOf(cache, 1));
        minutes.put(1L, "20");
        assertEquals("20", slaOf(cache, 1));
        assertEquals(2, reads.get());
    }

    @Test
    void theKeptValuesCannotBeChangedByAReader() {
        Map<ParameterKey, String> kept = cache(30).get(1, loader);
        assertThrows(UnsupportedOperationException.class, () -> kept.put(ParameterKey.SLA_GENERAL_MINUTES, "1"));
    }
}
