package org.estatedesk.servicedesk;

/**
 * The location classes of the dispatch scope (R1.3): inside a unit (non-public), a public area, a public
 * facility, or an outside utility. ANY in a dispatch rule matches every location.
 */
public enum LocationKind {
    UNIT, PUBLIC_AREA, PUBLIC_FACILITY, OUTSIDE, ANY
}
