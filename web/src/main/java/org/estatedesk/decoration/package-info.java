/**
 * Decoration pages (R3.1, R3.2): the list with the front desk's new application ({@code decoration/applications.xhtml})
 * and one application with its approvals, history, resubmission and permit ({@code decoration/application.xhtml}).
 */
package org.estatedesk.decoration;
