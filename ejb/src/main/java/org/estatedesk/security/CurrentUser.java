package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CallerDirectory;

/**
 * The caller's user row (R0.6), and the security capability's answer to the kernel's {@link CallerDirectory}: the
 * kernel's {@link CallerContext} knows the caller's name and scope, this knows his {@link AppUser}.
 */
@ApplicationScoped
public class CurrentUser implements CallerDirectory {
    @Inject
    CallerContext caller;

    @Inject
    UserRepository users;

    @Inject
    OrgUnitRepository orgUnits;

    /** User name → id of the callers seen (ids of a name never change; a removed user is dropped on next use). */
    private final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();

    /**
     * The caller's user row. A user name never changes its id, so after the first query by name the row is read by
     * its id: from the persistence context when the transaction has read it already (a request asks several times),
     * else by primary key — no query by name, which also had to flush the transaction's pending changes first.
     */
    public AppUser user() {
        String name = caller.username();
        if (name == null) {
            throw new IllegalStateException("no caller");
        }
        return named(name);
    }

    private AppUser named(String name) {
        Long id = ids.get(name);
        if (id != null) {
            AppUser known = users.find(id).orElse(null);
            if (known != null && name.equals(known.getUsername())) {
                return known;
            }
            ids.remove(name);
        }
        AppUser u = users.findByUsername(name).orElseThrow(() -> new IllegalStateException("unknown caller " + name));
        ids.put(name, u.getId());
        return u;
    }

    @Override
    public Account account(String username) {
        AppUser u = named(username);
        return new Account(u.getId(), u.getCompanyId(), u.isGroupAdmin());
    }

    @Override
    public boolean reaches(Account account, long companyId) {
        return account.groupAdmin() ? orgUnits.find(companyId).filter(OrgUnit::isCompany).isPresent()
                : users.companyIdsOf(account.id()).contains(companyId);
    }
}
