package org.estatedesk.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that change rarely and are read on every request, each kept for a number of seconds after it was loaded (0
 * keeps nothing). A change on this server empties the cache now and again when its transaction ends, so that no
 * request reads and keeps the state from before the commit; a change on another server of a cluster takes effect
 * here within the time.
 */
public final class ExpiringCache<K, V> {
    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long nanos;

    public ExpiringCache(int seconds) {
        this.nanos = Math.max(0, seconds) * 1_000_000_000L;
    }

    public V get(K key, Function<K, V> loader) {
        if (nanos == 0) {
            return loader.apply(key);
        }
        Entry<V> e = entries.get(key);
        if (e == null || System.nanoTime() - e.expiresAt() > 0) {
            e = new Entry<>(loader.apply(key), System.nanoTime() + nanos);
            entries.put(key, e);
        }
        return e.value();
    }

    /** Forgets every value: now, and again when the current transaction (if any) ends. */
    public void clear(TransactionSynchronizationRegistry transactions) {
        entries.clear();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before
                }

                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
