/**
 * Approval use cases: {@link ApprovalService} starts chains for the forms' services, lists the steps waiting for
 * an approver's roles within his data scope (oldest first) and records each decision once.
 *
 * <h2>How a new form type plugs in</h2>
 * <ol>
 * <li>Choose a form type name (e.g. {@code STOP_SERVICE}) and, in the form's capability, the route of steps as
 * {@link StepPlan}s: a code per step and the role that decides it (e.g.
 * {@code new StepPlan("CS_MANAGER", Roles.CS_MANAGER)}). The domain object of the form is the natural owner of its
 * route (see {@code DecorationApplication.approvalPlan()}).</li>
 * <li>Write one {@code @ApplicationScoped} CDI bean extending {@link FormApproval} (which implements
 * {@link ApprovalForm}) in the form's capability (in this ejb module): its constructor names the form type and the
 * not-found key; {@code find(..)} reads the form through a data scope; {@code decide(form, approve, ..)} (the chain
 * approved, {@link ApprovalDecided#approvedAll()}, or a step rejected it) and, for a chain of several steps,
 * {@code stepApproved(..)} let the form advance and store its history — they run in the deciding transaction, so the
 * decision and the form's change commit or roll back together; {@code summary(form)} gives the inbox the form's
 * subject, fields and page (and its uploaded documents, with {@code document(..)} to download one), read through
 * the caller's scope. Example: {@code org.estatedesk.decoration.DecorationApprovalForm} (several steps),
 * {@code org.estatedesk.relocation.RelocationApprovalForm} (one).</li>
 * <li>In the form's use case, after storing the form (it needs its id), call
 * {@code approvalService.start(formType, formId, round, companyId, estateId, plan, dueAt)}. A form whose content
 * changes after a rejection starts the next round (round + 1); earlier rounds stay as its history, which
 * {@code history(formType, formId)} returns.</li>
 * <li>Add the bundle key {@code approval.form.<TYPE>} and {@code approval.step.<CODE>} for each step code (zh and
 * en) so that the inbox names the form and its steps. Nothing else changes: no migration, no new endpoint — the
 * inbox and {@code /api/v1/approvals} serve every form type.</li>
 * </ol>
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.9</td><td>approval inbox: waiting steps, approve or reject with a comment, history, one decision per step</td><td>{@link ApprovalService#inbox}, {@link ApprovalService#decide}, {@link ApprovalService#history}</td></tr>
 * <tr><td>R3.9</td><td>the inbox filtered by form type and estate; bulk approval with one comment, one transaction per form (issue 20)</td><td>{@link ApprovalService#formTypes}, {@link BulkApprovals#approveAll}</td></tr>
 * <tr><td>R6.1</td><td>forms waiting for my approval on the workbench</td><td>{@link ApprovalService#countMine}</td></tr>
 * </table>
 */
package org.estatedesk.approvals;
