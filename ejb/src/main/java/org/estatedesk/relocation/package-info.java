/**
 * Relocation / move-out (业户迁出, R3.7): the checks that refuse an application with every reason (fees, decoration,
 * an open relocation), the CS manager's approval through the approval inbox, the goods release slip and the move.
 */
package org.estatedesk.relocation;
