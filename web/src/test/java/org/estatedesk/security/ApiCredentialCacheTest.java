package org.estatedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ApiCredentialCacheTest {
    private static ApiCredentialCache cache() {
        ApiCredentialCache c = new ApiCredentialCache();
        c.seconds = 30;
        return c;
    }

    /** Runs the same first request on eight threads at once; returns how many succeeded. */
    private static int concurrently(ApiCredentialCache cache, String password, Supplier<Optional<ApiCredentialCache.Entry>> verify)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.verifyOnce("tech", password, verify).isPresent();
                }));
            }
            start.countDown();
            int ok = 0;
            for (Future<Boolean> f : results) {
                ok += f.get() ? 1 : 0;
            }
            return ok;
        } finally {
            pool.shutdown();
        }
    }

    private static Supplier<Optional<ApiCredentialCache.Entry>> slow(AtomicInteger calls, boolean valid) {
        return () -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return valid ? Optional.of(new ApiCredentialCache.Entry(null, "tech", Set.of("STAFF"), 0))
                    : Optional.empty();
        };
    }

    @Test
    void concurrentFirstRequestsShareOneVerification() throws Exception {
        ApiCredentialCache cache = cache();
        AtomicInteger calls = new AtomicInteger();
        assertEquals(8, concurrently(cache, "demo", slow(calls, true)));
        assertTrue(calls.get() <= 2, "one PBKDF2 for all (a late thread may find it done and cached): " + calls);
        assertEquals("tech", cache.lookup("tech", "demo").orElseThrow().caller(), "and it is remembered");
    }

    @Test
    void everyWrongPasswordIsVerifiedAndCountedOnItsOwn() throws Exception {
        ApiCredentialCache cache = cache();
        AtomicInteger calls = new AtomicInteger();
        assertEquals(0, concurrently(cache, "wrong", slow(calls, false)));
        assertEquals(8, calls.get());
        assertTrue(cache.lookup("tech", "wrong").isEmpty());
    }
}
