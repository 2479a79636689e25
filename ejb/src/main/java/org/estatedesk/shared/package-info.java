/**
 * Application-wide plumbing of the service layer: the schema migration at start-up, the caller's identity and
 * data scope, and the operation log writer.
 */
package org.estatedesk.shared;
