package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The cache of rarely changing values (callers' scopes, recipients): kept for its seconds, not at all with 0, and
 * emptied by a change now and again when the changing transaction ends.
 */
class ExpiringCacheTest {
    /** A loader that counts its calls and answers the key with the call's number. */
    private static final class Loader implements Function<String, String> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String apply(String key) {
            return key + calls.incrementAndGet();
        }
    }

    /** A transaction registry with a transaction in the given status, keeping what is registered with it. */
    private static final class Registry implements TransactionSynchronizationRegistry {
        final int status;
        Synchronization registered;

        Registry(int status) {
            this.status = status;
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered = sync;
        }

        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void aValueIsLoadedOnceAndKeptPerKey() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(3600);
        Loader loader = new Loader();
        assertEquals("a1", cache.get("a", loader));
        assertEquals("a1", cache.get("a", loader));
        assertEquals("b2", cache.get("b", loader));
        assertEquals("a1", cache.get("a", loader));
        assertEquals(2, loader.calls.get());
    }

    @Test
    void zeroOrNegativeSecondsKeepNothing() {
        for (int seconds : new int[] {0, -5}) {
            ExpiringCache<String, String> cache = new ExpiringCache<>(seconds);
            Loader loader = new Loader();
            assertEquals("a1", cache.get("a", loader));
            assertEquals("a2", cache.get("a", loader));
            assertEquals(2, loader.calls.get(), seconds + " seconds");
        }
    }

    @Test
    void clearingOutsideATransactionForgetsEverythingNow() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(3600);
        Loader loader = new Loader();
        cache.get("a", loader);
        cache.get("b", loader);
        cache.clear(null);
        assertEquals("a3", cache.get("a", loader));
        assertEquals("b4", cache.get("b", loader));
    }

    @Test
    void clearingInATransactionForgetsAgainWhenItEnds() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(3600);
        Loader loader = new Loader();
        cache.get("a", loader);
        Registry tx = new Registry(Status.STATUS_ACTIVE);
        cache.clear(tx);
        // a request reads the state before the commit meanwhile and would keep it ...
        assertEquals("a2", cache.get("a", loader));
        assertEquals("a2", cache.get("a", loader));
        // ... but the end of the changing transaction forgets it, committed or not
        tx.registered.beforeCompletion();
        assertEquals("a2", cache.get("a", loader));
        tx.registered.afterCompletion(Status.STATUS_ROLLEDBACK);
        assertEquals("a3", cache.get("a", loader));
    }

    @Test
    void aTransactionThatIsNotActiveGetsNoSynchronization() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(3600);
        Loader loader = new Loader();
        cache.get("a", loader);
        Registry tx = new Registry(Status.STATUS_MARKED_ROLLBACK);
        cache.clear(tx);
        assertNull(tx.registered);
        assertEquals("a2", cache.get("a", loader));
    }
}
