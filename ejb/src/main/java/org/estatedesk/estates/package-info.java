/** Estate services (R0.2, R0.3): estates, buildings, unit generation from a pattern, the units list and export. */
package org.estatedesk.estates;
