package org.estatedesk.approvals;

/** A step waiting for the caller with what the inbox shows of its form. */
public record InboxItem(ApprovalStep step, FormSummary form) {
}
