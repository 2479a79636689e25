package org.estatedesk.approvals;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.CurrentUser;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;

/**
 * Approval chains of every form type (R3.9): a form's service starts a chain; approvers see the steps waiting for
 * their roles within their data scope, oldest first, and decide each once. Who may decide is a matter of the step
 * (its approver role), so every method is open to staff and the step refuses the others (403).
 */
@Stateless
@DeclareRoles(Roles.STAFF)
public class ApprovalService {
    @Inject
    Clock clock;

    /** The most steps an inbox lists at once. */
    public static final int INBOX_LIMIT = 500;

    @Inject
    ApprovalRepository approvals;

    @Inject
    CallerContext caller;

    @Inject
    CurrentUser currentUser;

    @Inject
    OperationLog log;

    @Inject
    @Any
    Instance<ApprovalForm> forms;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * Starts a round of approvals of a form, in the caller's transaction (the form's own use case): the first
     * step waits from now on. {@code dueAt} is when the decision is due (null: no due time).
     */
    @RolesAllowed(Roles.STAFF)
    public ApprovalChain start(String formType, long formId, int round, long companyId, Long estateId,
            List<StepPlan> plan, OffsetDateTime dueAt) {
        form(formType);
        ApprovalChain chain = new ApprovalChain(formType, formId, round, companyId, estateId, plan, dueAt,
                caller.username(), now());
        approvals.store(chain);
        log.record("APPROVAL_START", "approval_chain", chain.getId(), formType + " " + formId + " #" + round,
                companyId);
        return chain;
    }

    /**
     * The steps waiting within the caller's scope, oldest first: for his own roles ({@code mine}), or for any role.
     */
    @RolesAllowed(Roles.STAFF)
    public List<ApprovalStep> waiting(boolean mine, int limit) {
        return waiting(mine, null, null, limit);
    }

    /** As {@link #waiting(boolean, int)}, of one form type and one estate where given (null: any; issue 20). */
    @RolesAllowed(Roles.STAFF)
    public List<ApprovalStep> waiting(boolean mine, String formType, Long estateId, int limit) {
        AppUser u = currentUser.user();
        Set<String> roles = mine ? u.getRoles() : Set.of();
        if (mine && roles.isEmpty()) {
            return List.of();
        }
        return approvals.waiting(roles, new DataScope(u.getId(), u.isGroupAdmin()), formType, estateId,
                Math.min(limit, INBOX_LIMIT));
    }

    /** The caller's inbox (R3.9): the steps waiting for his roles, oldest first, each with its form's summary. */
    @RolesAllowed(Roles.STAFF)
    public List<InboxItem> inbox(int limit) {
        return inbox(null, null, limit);
    }

    /** The caller's inbox of one form type and one estate where given (null: any; the inbox's filters, issue 20). */
    @RolesAllowed(Roles.STAFF)
    public List<InboxItem> inbox(String formType, Long estateId, int limit) {
        return waiting(true, formType, estateId, limit).stream().map(s -> new InboxItem(s,
                form(s.getChain().getFormType()).summary(s.getChain().getFormId()))).toList();
    }

    /** The form types that go through approvals (the inbox's filter), in code order. */
    @RolesAllowed(Roles.STAFF)
    public List<String> formTypes() {
        return forms.stream().map(ApprovalForm::formType).distinct().sorted().toList();
    }

    /** How many steps wait for the caller's roles (the workbench's count, R6.1). */
    @RolesAllowed(Roles.STAFF)
    public long countMine() {
        AppUser u = currentUser.user();
        return u.getRoles().isEmpty() ? 0 : approvals.countWaiting(u.getRoles(), new DataScope(u.getId(),
                u.isGroupAdmin()));
    }

    @RolesAllowed(Roles.STAFF)
    public ApprovalStep step(long id) {
        ApprovalStep step = approvals.step(id, caller.scope()).orElseThrow(() -> new NotFoundException("approval",
                id));
        step.getChain().getSteps().size(); // callers read the chain's pending step after the transaction
        return step;
    }

    /** A step with its form and the form's approval history, for the inbox's page of the form. */
    @RolesAllowed(Roles.STAFF)
    public ApprovalView view(long stepId) {
        ApprovalStep step = step(stepId);
        ApprovalChain chain = step.getChain();
        return new ApprovalView(step, form(chain.getFormType()).summary(chain.getFormId()),
                approvals.chains(chain.getFormType(), chain.getFormId()));
    }

    /** A document of the form a step belongs to, for the inbox's download. */
    @RolesAllowed(Roles.STAFF)
    public FormSummary.Content document(long stepId, long documentId) {
        ApprovalChain chain = step(stepId).getChain();
        return form(chain.getFormType()).document(chain.getFormId(), documentId);
    }

    /** Every round of a form's approvals; the form's service has checked that the caller may see the form. */
    @RolesAllowed(Roles.STAFF)
    public List<ApprovalChain> history(String formType, long formId) {
        return approvals.chains(formType, formId);
    }

    /**
     * Decides a step: 404 outside the caller's scope, 403 when he is not its approver (or it is not its turn yet),
     * 409 when it was decided already or changed since he read it (the version) — also when another decision wins
     * the race at this moment. The winner moves the chain on and tells the form, in this transaction.
     */
    @RolesAllowed(Roles.STAFF)
    public ApprovalStep decide(long stepId, Decision decision, String comment, Integer version) {
        AppUser u = currentUser.user();
        ApprovalStep step = approvals.step(stepId, new DataScope(u.getId(), u.isGroupAdmin()))
                .orElseThrow(() -> new NotFoundException("approval", stepId));
        StepDecision d = step.decision(decision, u.getUsername(), u.getRoles(), comment, version, now());
        if (!approvals.claim(d)) {
            throw new ConflictException("error.approval.decidedMeanwhile");
        }
        ApprovalChain chain = step.getChain();
        Optional<ApprovalStep> next = chain.advance(d);
        form(chain.getFormType()).decided(new ApprovalDecided(chain.getId(), chain.getFormType(), chain.getFormId(),
                chain.getRound(), step.getId(), step.getCode(), decision, d.by(), d.at(), d.comment(),
                chain.getState(), next.map(ApprovalStep::getCode).orElse(null)));
        log.record("APPROVAL_" + decision, "approval_step", stepId, chain.getFormType() + " " + chain.getFormId()
                + " " + step.getCode() + (d.comment() == null ? "" : ": " + d.comment()), chain.getCompanyId());
        return step;
    }

    /**
     * Withdraws a form's running chain, in the form's transaction: its waiting steps leave every inbox. Used when
     * the form no longer needs the decision; a decision that won the race just before makes this a conflict (409).
     */
    @RolesAllowed(Roles.STAFF)
    public void withdraw(String formType, long formId) {
        for (ApprovalChain chain : approvals.chains(formType, formId)) {
            if (chain.getState() == ChainState.PENDING) {
                chain.withdraw(now());
                log.record("APPROVAL_WITHDRAWN", "approval_chain", chain.getId(), formType + " " + formId + " #"
                        + chain.getRound(), chain.getCompanyId());
            }
        }
    }

    private ApprovalForm form(String formType) {
        for (ApprovalForm f : forms) {
            if (f.formType().equals(formType)) {
                return f;
            }
        }
        throw new IllegalStateException("no ApprovalForm bean for the form type " + formType);
    }
}
