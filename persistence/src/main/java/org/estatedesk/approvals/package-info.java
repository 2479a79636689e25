/**
 * Approvals, generic over form types (C3): an {@link ApprovalChain} per round of a form (form type and id, company
 * and estate) with ordered {@link ApprovalStep}s, each decided once by a holder of its approver role within that
 * scope. A decision is claimed by one conditional update of the step's row (state still PENDING, version as read),
 * so two managers can never both decide a step; the step keeps it as the form kernel's
 * {@link org.estatedesk.shared.FormDecision}. How a form type plugs in is described in the ejb module's
 * {@code org.estatedesk.approvals} package.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.9</td><td>approval inbox: steps in order, each decided once, with who and when</td><td>{@link ApprovalStep}, {@link StepState}, {@link ChainState}; the claim in {@link ApprovalRepository}</td></tr>
 * <tr><td>R3.1</td><td>decision due within 3 working days</td><td>{@link ApprovalChain#isOverdue}</td></tr>
 * </table>
 */
package org.estatedesk.approvals;
