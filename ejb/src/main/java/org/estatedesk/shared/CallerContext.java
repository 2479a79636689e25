package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.UserRepository;

/** Who is calling, and therefore which data he may see (R0.6). Read from the database on every call. */
@ApplicationScoped
public class CallerContext {
    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    public String username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public AppUser user() {
        String name = username();
        if (name == null) {
            throw new IllegalStateException("no caller");
        }
        return users.findByUsername(name).orElseThrow(() -> new IllegalStateException("unknown caller " + name));
    }

    public DataScope scope() {
        AppUser u = user();
        return new DataScope(u.getId(), u.isGroupAdmin());
    }
}
