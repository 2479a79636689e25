package org.estatedesk.approvals;

/** A chain is PENDING while a step waits, APPROVED after its last step, REJECTED by any step (R3.9). */
public enum ChainState {
    PENDING, APPROVED, REJECTED
}
