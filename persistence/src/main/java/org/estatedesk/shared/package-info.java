/**
 * Shared kernel used by every capability: business exceptions mapped to problem responses, paging,
 * the caller's data scope (R0.6) and small value types.
 */
package org.estatedesk.shared;
