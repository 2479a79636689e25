/**
 * Users, roles and data scope: who may log in, what each role may call, and which companies and estates a user
 * sees. Account lockout after repeated failed logins lives on {@link AppUser}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.5</td><td>users, departments, roles</td><td>{@link AppUser}, {@link org.estatedesk.shared.Roles}</td></tr>
 * <tr><td>R0.6</td><td>the companies and estates a user is assigned</td><td>{@link UserScope}</td></tr>
 * </table>
 */
package org.estatedesk.security;
