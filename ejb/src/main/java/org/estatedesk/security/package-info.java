/**
 * Login with lockout, the caller's own profile, and user and role administration with data scope. Passwords are
 * PBKDF2-HMAC-SHA256 at 600,000 iterations ({@link Passwords}); weaker hashes are replaced at login. The caller's
 * user row is {@link CurrentUser}, which answers the kernel's port {@code CallerDirectory};
 * {@link RunAsAccountsOfUsers} answers jobs' {@code RunAsAccounts}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.5</td><td>users, roles, login</td><td>{@link UserAdministration#create}, {@link LoginService#login}</td></tr>
 * <tr><td>R0.6</td><td>a user's companies and estates</td><td>{@link UserAdministration#scopes}</td></tr>
 * <tr><td>R1.4</td><td>the supervisors a new task is mailed to</td><td>{@link RecipientCache}</td></tr>
 * </table>
 */
package org.estatedesk.security;
