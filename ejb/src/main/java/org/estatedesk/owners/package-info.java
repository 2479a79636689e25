/** Owner ledger services (R0.4): create, edit and search owners; assign units; change of owner with history. */
package org.estatedesk.owners;
