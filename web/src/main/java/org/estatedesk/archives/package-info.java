/**
 * The archives' pages (R5.2): the files list with overdue borrowings ({@code archives/files.xhtml}), one file with
 * its items, copies, borrowing and history ({@code archives/file.xhtml}), the required documents per unit state
 * ({@code archives/requirements.xhtml}).
 */
package org.estatedesk.archives;
