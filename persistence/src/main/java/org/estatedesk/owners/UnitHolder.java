package org.estatedesk.owners;

import java.io.Serializable;

/**
 * A unit with its current owner (issue 20, the cashier's search): the unit's id and code, the owner's id, name and
 * phone (all three null when the unit has no owner now).
 */
public record UnitHolder(long unitId, String unitCode, Long ownerId, String ownerName, String ownerPhone)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
