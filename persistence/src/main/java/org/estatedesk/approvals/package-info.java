/**
 * Approvals (R3.9), generic over form types: an {@link org.estatedesk.approvals.ApprovalChain} per round of a form
 * (form type and id, company and estate) with ordered {@link org.estatedesk.approvals.ApprovalStep}s, each decided
 * once by a holder of its approver role within that scope. A decision is claimed by one conditional update of the
 * step's row (state still PENDING, version as read), so two managers can never both decide a step. How a form type
 * plugs in is described in the ejb module's {@code org.estatedesk.approvals} package.
 */
package org.estatedesk.approvals;
