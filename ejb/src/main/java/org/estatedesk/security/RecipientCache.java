package org.estatedesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.estatedesk.shared.ExpiringCache;

/**
 * The recipients of a company's notifications by role (the supervisors of a department, the managers), as last read,
 * for {@code estatedesk.security.scopeCache.seconds} like the callers' scopes: every new task asks for them (R1.4),
 * and reading them cost a tenth of the intake's CPU. A change of users on this server empties the cache when its
 * transaction ends ({@link UserAdministration}); one on another server of a cluster takes effect within that time.
 */
@ApplicationScoped
public class RecipientCache {
    private record Key(long companyId, Collection<String> roles) {
    }

    @Inject
    @ConfigProperty(name = "estatedesk.security.scopeCache.seconds", defaultValue = "30")
    int seconds;

    @Inject
    UserRepository users;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private ExpiringCache<Key, List<Recipient>> recipients;

    @PostConstruct
    void init() {
        recipients = new ExpiringCache<>(seconds);
    }

    /** The enabled users of the company holding any of the roles and having an e-mail address, by user name. */
    public List<Recipient> of(long companyId, Collection<String> roles) {
        return recipients.get(new Key(companyId, List.copyOf(new TreeSet<>(roles))),
                k -> List.copyOf(users.recipients(k.companyId(), k.roles())));
    }

    public void invalidate() {
        recipients.clear(transactions);
    }
}
