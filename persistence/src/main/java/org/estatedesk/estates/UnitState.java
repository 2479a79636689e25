package org.estatedesk.estates;

/** Where a unit stands in its life: unsold or vacant, handed over, under decoration, occupied, let. */
public enum UnitState {
    VACANT, HANDED_OVER, DECORATING, OCCUPIED, LET
}
