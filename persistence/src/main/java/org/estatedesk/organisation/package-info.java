/**
 * Organisation (C0): the tree group → region → company → department (R0.1), business parameters per company
 * with their defaults (R0.9), announcements (R0.10) and shared acceptance between companies (R0.7).
 */
package org.estatedesk.organisation;
