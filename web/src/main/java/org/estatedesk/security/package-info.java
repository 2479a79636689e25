/**
 * Authentication of the web tier: one mechanism for both the pages (form login with a session) and the API (HTTP
 * Basic on every request), over the database identity store; the login page and user administration.
 * <p>
 * REST resources (under {@code /api/v1}): {@link MeResource} ({@code /me}), {@link UserResource} ({@code /users}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.5</td><td>login; users and their roles</td><td>{@link EstateDeskAuthenticationMechanism}, {@link LoginBacking}, {@link UsersBacking}</td></tr>
 * <tr><td>R0.6</td><td>a user's companies and estates</td><td>{@link UsersBacking}</td></tr>
 * <tr><td>R0.5</td><td>API: users and roles</td><td>{@link UserResource}, {@link MeResource}</td></tr>
 * <tr><td>R0.6</td><td>API: user scopes</td><td>{@link UserResource}</td></tr>
 * </table>
 */
package org.estatedesk.security;
