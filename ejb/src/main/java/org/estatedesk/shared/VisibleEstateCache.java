package org.estatedesk.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.UserRepository;

/**
 * A caller's data scope and the estates it lets him see (R0.6, R0.7), as last resolved, for
 * {@code estatedesk.security.scopeCache.seconds} (default 30; 0 turns the cache off): the task list and the workbench
 * read them on every request, and they change rarely. A change of users' scopes, estates or shared acceptance on
 * this server empties the cache when its transaction ends; one made on another server of a cluster takes effect
 * here within that time (as for the API credentials and the business parameters).
 */
@ApplicationScoped
public class VisibleEstateCache {
    /** A caller's scope and the estates it lets him see. */
    public record CallerScope(DataScope scope, VisibleEstates estates) {
    }

    private record Cached(CallerScope value, long expiresAt) {
    }

    @Inject
    @ConfigProperty(name = "estatedesk.security.scopeCache.seconds", defaultValue = "30")
    int seconds;

    @Inject
    UserRepository users;

    @Inject
    EstateRepository estates;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final ConcurrentHashMap<String, Cached> callers = new ConcurrentHashMap<>();

    public CallerScope of(String username) {
        if (seconds <= 0) {
            return load(username);
        }
        Cached c = callers.get(username);
        if (c == null || System.nanoTime() - c.expiresAt() > 0) {
            c = new Cached(load(username), System.nanoTime() + seconds * 1_000_000_000L);
            callers.put(username, c);
        }
        return c.value();
    }

    private CallerScope load(String username) {
        AppUser u = users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("unknown caller " + username));
        DataScope scope = new DataScope(u.getId(), u.isGroupAdmin());
        return new CallerScope(scope, scope.groupWide() ? VisibleEstates.EVERY
                : VisibleEstates.of(estates.visibleIds(scope)));
    }

    /**
     * Forgets every caller's estates: now, and again when the current transaction ends, so that no request reads
     * and keeps the state from before its commit.
     */
    public void invalidate() {
        callers.clear();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before
                }

                @Override
                public void afterCompletion(int status) {
                    callers.clear();
                }
            });
        }
    }
}
