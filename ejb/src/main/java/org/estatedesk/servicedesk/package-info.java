/**
 * Service-desk use cases (C1): registering reception records and splitting them into dispatched tasks
 * ({@link org.estatedesk.servicedesk.ReceptionService}), working tasks through their states and callbacks
 * ({@link org.estatedesk.servicedesk.TaskService}), and keeping the issue standard library and the dispatch table
 * ({@link org.estatedesk.servicedesk.IssueLibraryService}). The rules themselves live in the domain objects of the
 * persistence module's package of the same name.
 */
package org.estatedesk.servicedesk;
