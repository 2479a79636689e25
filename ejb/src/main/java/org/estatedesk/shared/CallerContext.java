package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.concurrent.ConcurrentHashMap;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.UserRepository;

/** Who is calling, and therefore which data he may see (R0.6). */
@ApplicationScoped
public class CallerContext {
    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    @Inject
    VisibleEstateCache visible;

    @Inject
    org.estatedesk.organisation.OrgUnitRepository orgUnits;

    /** User name → id of the callers seen (ids of a name never change; a removed user is dropped on next use). */
    private final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();

    public String username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /**
     * The caller's user row. A user name never changes its id, so after the first query by name the row is read by
     * its id: from the persistence context when the transaction has read it already (a request asks several times),
     * else by primary key — no query by name, which also had to flush the transaction's pending changes first.
     */
    public AppUser user() {
        String name = username();
        if (name == null) {
            throw new IllegalStateException("no caller");
        }
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

    /**
     * The company a request is about: the one named, if the caller holds a scope in it (else "not found", R0.6),
     * or the caller's own when none is named.
     */
    public long company(Long companyId) {
        AppUser u = user();
        if (companyId == null) {
            if (u.getCompanyId() == null) {
                throw new RuleViolationException("error.required", "companyId");
            }
            return u.getCompanyId();
        }
        if (u.isGroupAdmin() ? orgUnits.find(companyId).filter(c -> c.isCompany()).isEmpty()
                : !users.companyIdsOf(u.getId()).contains(companyId)) {
            throw new NotFoundException("company", companyId);
        }
        return companyId;
    }

    /**
     * The caller's scope and the estates he may see, as resolved within the last seconds (no query when cached):
     * for the lists that are read on every request (tasks, workbench).
     */
    public VisibleEstateCache.CallerScope visible() {
        String name = username();
        if (name == null) {
            throw new IllegalStateException("no caller");
        }
        return visible.of(name);
    }

    /**
     * The caller's data scope (his id and whether he is a group administrator), from {@link VisibleEstateCache}: a
     * use case asks for it on every request, and a change of the user empties that cache.
     */
    public DataScope scope() {
        return visible().scope();
    }
}
