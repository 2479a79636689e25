package org.estatedesk.servicedesk;

/** How far a repeated problem has moved up (R1.10): not at all, to the developer's department, to group HQ. */
public enum EscalationLevel {
    NONE, DEVELOPER, HQ
}
