package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is calling, and therefore which data he may see (R0.6): his name, his company, his data scope and the estates
 * it lets him see. The kernel knows no user or estate entity: it asks its ports, {@link CallerDirectory} (answered
 * by security) and, through {@link VisibleEstateCache}, {@link EstateVisibility} (answered by estates). The caller's
 * user row is {@code security.CurrentUser}'s.
 */
@ApplicationScoped
public class CallerContext {
    @Inject
    SecurityContext security;

    @Inject
    CallerDirectory directory;

    @Inject
    VisibleEstateCache visible;

    public String username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /** The caller as the kernel sees him: id, own company, reach. */
    private CallerDirectory.Account account() {
        String name = username();
        if (name == null) {
            throw new IllegalStateException("no caller");
        }
        return directory.account(name);
    }

    /** The caller's own company; none for a group administrator who belongs to no company. */
    public Long companyId() {
        return account().companyId();
    }

    /**
     * The company a request is about: the one named, if the caller holds a scope in it (else "not found", R0.6),
     * or the caller's own when none is named.
     */
    public long company(Long companyId) {
        CallerDirectory.Account u = account();
        if (companyId == null) {
            if (u.companyId() == null) {
                throw new RuleViolationException("error.required", "companyId");
            }
            return u.companyId();
        }
        if (!directory.reaches(u, companyId)) {
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
