package org.estatedesk.estates;

import java.io.Serializable;

/** One unit to create: its building, entrance, floor and position on the floor. */
public record UnitSlot(long buildingId, String buildingCode, String entrance, int floor, int position)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
