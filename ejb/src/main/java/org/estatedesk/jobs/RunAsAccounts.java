package org.estatedesk.jobs;

/**
 * A port of jobs: the {@code app_user} row of a schedule's run-as identity. Jobs sit below the capabilities that hold
 * users, so the security capability answers it ({@code security.RunAsAccountsOfUsers}).
 */
public interface RunAsAccounts {

    /** Makes the user's row (a group administrator, disabled) when there is none. */
    void ensure(String username);
}
