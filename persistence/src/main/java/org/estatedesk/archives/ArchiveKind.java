package org.estatedesk.archives;

/** R5.2's files: an owner's file and a unit's file belong to a unit; a construction file to the estate. */
public enum ArchiveKind {
    OWNER, UNIT, CONSTRUCTION;

    public boolean perUnit() {
        return this != CONSTRUCTION;
    }
}
