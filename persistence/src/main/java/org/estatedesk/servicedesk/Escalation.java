package org.estatedesk.servicedesk;

import java.util.EnumSet;
import java.util.Set;

/**
 * Escalation on repeats (投诉上移制, R1.10, seed 004): "the same problem" is the same unit and category.
 * A repair reported a third time (after two earlier reports the customer was not satisfied with) becomes a
 * complaint for the developer's department; a fourth time it goes to group HQ. A complaint made a second time
 * about the same problem goes to the developer's department, a third time to HQ. A new report of a problem is
 * itself taken as the customer's dissatisfaction with the earlier handling.
 * <p>
 * Only earlier reports that failed count: reported within the company's window ({@code escalation.windowDays}) and
 * either fixed — completed or closed — before the problem came back, or called unsatisfactory at a callback. A
 * report still being worked on is a reminder (催办), not a failed fix; a report fixed years ago is another problem.
 *
 * @param kind the kind the task gets (a repeated repair becomes a complaint)
 * @param level how far it moves up
 */
public record Escalation(TaskKind kind, EscalationLevel level) {
    /**
     * @param requested the kind the front desk chose
     * @param earlierReports earlier repairs and complaints of the same unit and category (void and invalid ones
     *     not counted)
     * @param earlierComplaints the complaints among them
     */
    public static Escalation assess(TaskKind requested, long earlierReports, long earlierComplaints) {
        return switch (requested) {
            case REPAIR -> earlierReports >= 3 ? new Escalation(TaskKind.COMPLAINT, EscalationLevel.HQ)
                    : earlierReports == 2 ? new Escalation(TaskKind.COMPLAINT, EscalationLevel.DEVELOPER)
                    : new Escalation(TaskKind.REPAIR, EscalationLevel.NONE);
            case COMPLAINT -> new Escalation(TaskKind.COMPLAINT, earlierComplaints >= 2 ? EscalationLevel.HQ
                    : earlierComplaints == 1 ? EscalationLevel.DEVELOPER : EscalationLevel.NONE);
            default -> new Escalation(requested, EscalationLevel.NONE);
        };
    }

    /** The states of an earlier report whose fix was done, so that a new report means the problem came back. */
    public static final Set<TaskState> FIXED = EnumSet.of(TaskState.COMPLETED, TaskState.CLOSED);

    /** Whether an earlier report of the same problem counts towards escalation (see above). */
    public static boolean counts(TaskState state, boolean calledUnsatisfactory, java.time.OffsetDateTime reportedAt,
            java.time.OffsetDateTime windowStart) {
        return !reportedAt.isBefore(windowStart) && (FIXED.contains(state) || calledUnsatisfactory);
    }

    public boolean escalated() {
        return level != EscalationLevel.NONE;
    }
}
