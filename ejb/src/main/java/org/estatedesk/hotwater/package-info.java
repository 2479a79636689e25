/**
 * Hot-water sealing (热水封堵, R3.8): agreement, final reading and its charge, settlement, the manager's approval in the
 * approval inbox, engineering's task and seal, the agreement archived.
 */
package org.estatedesk.hotwater;
