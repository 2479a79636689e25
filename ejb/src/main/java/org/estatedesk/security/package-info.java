/**
 * Login with lockout (R0.5), the caller's own profile, and user and role administration with data scope (R0.6).
 * Passwords are PBKDF2-HMAC-SHA256 at 600,000 iterations ({@code Passwords}); weaker hashes are replaced at login.
 */
package org.estatedesk.security;
