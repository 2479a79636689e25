package org.estatedesk.shared;

/**
 * A port of the kernel (R0.6): what the kernel needs to know about a caller — his id, his own company and whether he
 * sees the whole group — without knowing the user entity. The security capability, which holds the users, answers
 * it ({@code security.CurrentUser}).
 */
public interface CallerDirectory {

    /** The user of that name; an unknown name is an {@link IllegalStateException} (a caller always has his row). */
    Account account(String username);

    /**
     * Whether the account holds a scope in the company; for a group administrator, whether the id names a company
     * at all.
     */
    boolean reaches(Account account, long companyId);

    /** A user as the kernel sees him: his id, his own company (none for some group administrators), his reach. */
    record Account(long id, Long companyId, boolean groupAdmin) {
        public DataScope scope() {
            return new DataScope(id, groupAdmin);
        }
    }
}
