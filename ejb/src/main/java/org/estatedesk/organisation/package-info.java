/**
 * Organisation services (C0): the organisation tree (R0.1), business parameters (R0.9), announcements (R0.10),
 * shared acceptance (R0.7) and clearing a company's data (R0.11).
 */
package org.estatedesk.organisation;
