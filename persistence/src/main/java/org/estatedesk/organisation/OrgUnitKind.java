package org.estatedesk.organisation;

import java.util.EnumSet;
import java.util.Set;

/** The levels of the organisation tree and which levels may hang below which (R0.1). */
public enum OrgUnitKind {
    GROUP, REGION, COMPANY, DEPARTMENT;

    /** Kinds allowed as children of this kind. */
    public Set<OrgUnitKind> allowedChildren() {
        return switch (this) {
            case GROUP, REGION -> EnumSet.of(REGION, COMPANY);
            case COMPANY, DEPARTMENT -> EnumSet.of(DEPARTMENT);
        };
    }
}
