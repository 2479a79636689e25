package org.estatedesk.keys;

/** Who borrows a key: the unit's owner needs no approval; anyone else does (R5.1). */
public enum BorrowerKind {
    OWNER, STAFF, CONTRACTOR, OTHER;

    public boolean needsApproval() {
        return this != OWNER;
    }
}
