package org.estatedesk.approvals;

import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.ConflictException;

/**
 * The states of one approval step (R3.9): WAITING for the steps before it, PENDING with its approver, then APPROVED
 * or REJECTED once; CANCELLED when an earlier step rejected the form. {@link #after} holds every allowed transition.
 */
public enum StepState {
    WAITING, PENDING, APPROVED, REJECTED, CANCELLED;

    public enum Event { REACHED, APPROVE, REJECT, CANCEL }

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == CANCELLED;
    }

    /**
     * The state after the event, or a refusal: a decision on a decided step is a conflict (409, "already decided"),
     * a decision on a step not yet reached is not the caller's to take (403).
     */
    public StepState after(Event event) {
        StepState next = switch (event) {
            case REACHED -> this == WAITING ? PENDING : null;
            case APPROVE -> this == PENDING ? APPROVED : null;
            case REJECT -> this == PENDING ? REJECTED : null;
            case CANCEL -> this == WAITING || this == PENDING ? CANCELLED : null;
        };
        if (next != null) {
            return next;
        }
        if ((event == Event.APPROVE || event == Event.REJECT) && this == WAITING) {
            throw new AccessDeniedException("error.approval.notYourTurn");
        }
        if (event == Event.APPROVE || event == Event.REJECT) {
            throw new ConflictException("error.approval.decided", this);
        }
        throw new ConflictException("error.approval.illegalTransition", event, this);
    }
}
