/**
 * Authentication of the web tier: one mechanism for both the pages (form login with a session) and the API
 * (HTTP Basic on every request), over the database identity store.
 */
package org.estatedesk.security;
