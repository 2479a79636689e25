package org.estatedesk.approvals;

import java.util.List;

/** One waiting step with its form and every round of the form's approvals: the inbox's page of a form (R3.9). */
public record ApprovalView(ApprovalStep step, FormSummary form, List<ApprovalChain> history) {
}
