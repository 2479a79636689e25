/**
 * Relocation / move-out (业户迁出, R3.7): the application that passed its checks, the manager's approval, the goods
 * release slip and the move that updates the unit's state.
 */
package org.estatedesk.relocation;
