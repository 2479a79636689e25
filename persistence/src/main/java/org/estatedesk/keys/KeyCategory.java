package org.estatedesk.keys;

/**
 * The key categories of R5.1: the owner's keys of a unit (security door, inner door, intercom door, water-meter box,
 * mailbox), public doors and windows (by floor), equipment rooms (by equipment), water-meter boxes (by floor).
 * Each says what its key is for: a unit, a floor of a building, or an equipment room.
 */
public enum KeyCategory {
    OWNER_SECURITY_DOOR(Target.UNIT), OWNER_INNER_DOOR(Target.UNIT), OWNER_INTERCOM(Target.UNIT),
    OWNER_WATER_METER_BOX(Target.UNIT), OWNER_MAILBOX(Target.UNIT), PUBLIC_DOOR(Target.FLOOR),
    PUBLIC_WINDOW(Target.FLOOR), EQUIPMENT_ROOM(Target.EQUIPMENT), WATER_METER_BOX(Target.FLOOR);

    /** What a key of the category opens. */
    public enum Target { UNIT, FLOOR, EQUIPMENT }

    private final Target target;

    KeyCategory(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }

    /** An owner's key: only these can be kept for rectification and collected by the owner. */
    public boolean ownerKey() {
        return target == Target.UNIT;
    }
}
