/** Passes (R3.6): worker access passes, temporary passes and hot-work permits of a unit's works. */
package org.estatedesk.passes;
