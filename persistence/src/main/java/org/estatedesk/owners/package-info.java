/**
 * The owner / customer ledger (客户台帐, R0.4): persons and organisations with a verified identity document,
 * their units, occupants and tenants, and the history of changes of owner (更名).
 */
package org.estatedesk.owners;
