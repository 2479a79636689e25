/** Login with lockout (R0.5), the caller's own profile, and user and role administration with data scope (R0.6). */
package org.estatedesk.security;
