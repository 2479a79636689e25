package org.estatedesk.handover;

/** Where in a unit a defect is (the seeds' 模拟验房 form); names in the bundles under {@code defect.room.*}. */
public enum Room {
    LIVING_ROOM, BEDROOM, KITCHEN, BATHROOM, BALCONY, DOORS_WINDOWS, ENTRANCE, WALLS_CEILING, PUBLIC_AREA, OTHER
}
