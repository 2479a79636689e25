package org.estatedesk.approvals;

/**
 * A chain is PENDING while a step waits, APPROVED after its last step, REJECTED by any step (R3.9), WITHDRAWN when
 * its form no longer needs the decision (e.g. a stop-service request overtaken by an objection or a payment).
 */
public enum ChainState {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
