package org.estatedesk.handover;

/** Where a unit of a batch stands (R2.1): not yet inspected, inspected without defects, or with defects recorded. */
public enum UnitInspection {
    PENDING, CLEAN, WITH_DEFECTS
}
