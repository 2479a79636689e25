package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.estatedesk.jobs.RunAsAccounts;

/**
 * The security capability's answer to jobs' {@link RunAsAccounts}: a schedule's identity gets its row on first use —
 * a group administrator, disabled, so that nobody can log in with it (its roles come from the registry's groups).
 */
@ApplicationScoped
public class RunAsAccountsOfUsers implements RunAsAccounts {
    @Inject
    UserRepository users;

    @Override
    public void ensure(String username) {
        if (users.findByUsername(username).isEmpty()) {
            AppUser user = new AppUser(username, "定时任务 (" + username + ")", "!run-as-only", null, null);
            user.makeGroupAdmin(true);
            user.enable(false);
            users.store(user);
        }
    }
}
