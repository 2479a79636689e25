/**
 * Hot-water sealing (热水封堵, R3.8): the owner's agreement, the final meter reading, the settlement of the hot-water
 * fees, the manager's approval, engineering's sealing and the agreement archived. A sealed meter takes no reading
 * until engineering unseals it ({@link org.estatedesk.hotwater.HotWaterSealing#refuseReading}).
 */
package org.estatedesk.hotwater;
