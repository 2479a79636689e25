/**
 * Traceability (R0.8): the operation log of every change and every login, and the change history of master
 * data (who, when, before, after) recorded by Hibernate Envers revisions.
 */
package org.estatedesk.audit;
