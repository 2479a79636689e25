package org.estatedesk.decoration;

/** What happens to a decoration application (R3.1); each is a line of its history. */
public enum DecorationAction {
    SUBMIT, APPROVE_STEP, APPROVE, REJECT, RESUBMIT, ISSUE_PERMIT
}
