/**
 * Users, roles and data scope (R0.5, R0.6): who may log in, what each role may call, and which companies and
 * estates a user sees. Account lockout after repeated failed logins lives on {@link org.estatedesk.security.AppUser}.
 */
package org.estatedesk.security;
