package org.estatedesk.approvals;

/** An approver's answer on a step. */
public enum Decision {
    APPROVE, REJECT;

    StepState.Event event() {
        return this == APPROVE ? StepState.Event.APPROVE : StepState.Event.REJECT;
    }
}
