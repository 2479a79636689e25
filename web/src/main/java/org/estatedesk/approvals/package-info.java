/** The approval inbox page (R3.9): {@code approvals/inbox.xhtml} and its backing bean. */
package org.estatedesk.approvals;
