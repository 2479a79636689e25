package org.estatedesk.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Inject
    @ConfigProperty(name = "estatedesk.security.scopeCache.seconds", defaultValue = "30")
    int seconds;

    @Inject
    CallerDirectory users;

    @Inject
    EstateVisibility estates;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private ExpiringCache<String, CallerScope> callers;

    @PostConstruct
    void init() {
        callers = new ExpiringCache<>(seconds);
    }

    public CallerScope of(String username) {
        return callers.get(username, this::load);
    }

    private CallerScope load(String username) {
        DataScope scope = users.account(username).scope();
        return new CallerScope(scope, scope.groupWide() ? VisibleEstates.EVERY
                : VisibleEstates.of(estates.visibleIds(scope)));
    }

    /** Forgets every caller's estates: now, and again when the current transaction ends. */
    public void invalidate() {
        callers.clear(transactions);
    }
}
