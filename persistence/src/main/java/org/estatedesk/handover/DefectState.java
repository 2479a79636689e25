package org.estatedesk.handover;

import java.util.EnumSet;
import java.util.Set;
import org.estatedesk.shared.ConflictException;

/**
 * A defect's way to closure (B2): RECORDED → ASSIGNED → RECTIFYING → RECTIFIED → ACCEPTED; a failed re-inspection
 * REJECTED goes back to RECTIFYING (START); CANCELLED from any open state. {@link #after} holds every allowed step;
 * anything else is a conflict (409).
 */
public enum DefectState {
    RECORDED, ASSIGNED, RECTIFYING, RECTIFIED, REJECTED, ACCEPTED, CANCELLED;

    /** What a person does to a defect. */
    public enum Action { ASSIGN, START, RECTIFY, ACCEPT, REJECT, CANCEL }

    /** Not yet closed (accepted or cancelled). */
    public static final Set<DefectState> OPEN = EnumSet.of(RECORDED, ASSIGNED, RECTIFYING, RECTIFIED, REJECTED);

    /** Waiting on the contractor (or engineering): what counts as overdue past the due date. */
    public static final Set<DefectState> WITH_CONTRACTOR = EnumSet.of(RECORDED, ASSIGNED, RECTIFYING, REJECTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public DefectState after(Action action) {
        DefectState next = switch (action) {
            case ASSIGN -> this == RECORDED ? ASSIGNED : null;
            case START -> this == ASSIGNED || this == REJECTED ? RECTIFYING : null;
            case RECTIFY -> this == RECTIFYING ? RECTIFIED : null;
            case ACCEPT -> this == RECTIFIED ? ACCEPTED : null;
            case REJECT -> this == RECTIFIED ? REJECTED : null;
            case CANCEL -> isOpen() ? CANCELLED : null;
        };
        if (next == null) {
            throw new ConflictException("error.defect.illegalTransition", action, this);
        }
        return next;
    }
}
