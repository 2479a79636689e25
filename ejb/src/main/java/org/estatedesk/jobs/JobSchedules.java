package org.estatedesk.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.estatedesk.shared.CallerContext;

/**
 * What a job's schedule needs besides its calendar ({@link JobSchedule}): an identity. A timer has no caller; the
 * timer bean {@link JobScheduler} runs as the role ADMIN ({@code @RunAs}), which server.xml binds to the user
 * {@code scheduler} of a one-user Liberty registry. The services then look that caller up in {@code app_user} (data
 * scope, "submitted by"): {@link #ensureCaller} has its row made on first use ({@link RunAsAccounts}) — a group
 * administrator, disabled, so that nobody can log in with it (its roles come from the registry's groups, not from
 * the database).
 */
@Stateless
@PermitAll
public class JobSchedules {
    @Inject
    CallerContext caller;

    @Inject
    RunAsAccounts accounts;

    /** The caller's row in app_user, made (disabled, group-wide) when there is none; its name. */
    public String ensureCaller() {
        String name = caller.username();
        if (name == null) {
            throw new IllegalStateException("a schedule runs without an identity: check the run-as binding of"
                    + " server.xml (CWWKS9112W in the log)");
        }
        accounts.ensure(name);
        return name;
    }
}
