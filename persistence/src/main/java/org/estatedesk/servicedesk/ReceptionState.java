package org.estatedesk.servicedesk;

/** States of a reception record (R1.1): to-split → split → to-confirm → closed, derived from its tasks. */
public enum ReceptionState {
    TO_SPLIT, SPLIT, TO_CONFIRM, CLOSED
}
