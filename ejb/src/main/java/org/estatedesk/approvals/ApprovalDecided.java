package org.estatedesk.approvals;

import java.time.OffsetDateTime;

/**
 * A decision recorded on a step, as told to the form: which form and round, which step, what was decided by whom,
 * when and why, and where the chain stands now (the next step's code while it runs, else null).
 */
public record ApprovalDecided(long chainId, String formType, long formId, int round, long stepId, String step,
        Decision decision, String by, OffsetDateTime at, String comment, ChainState chainState, String nextStep) {
    /** The last step approved: the form is approved. */
    public boolean approvedAll() {
        return chainState == ChainState.APPROVED;
    }
}
