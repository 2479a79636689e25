package org.estatedesk.approvals;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.ConflictException;

/**
 * Bulk approval of the inbox (issue 20): several steps approved with one comment, each through the same
 * {@link ApprovalService#decide} as a single approval and in its own transaction, so that a form that is refused (a
 * stale version, decided meanwhile, not the caller's step) is reported by name and the others go through.
 */
@Stateless
@DeclareRoles(org.estatedesk.shared.Roles.STAFF)
// No transaction of its own: each decide() through the container proxy runs in a transaction of its own (REQUIRED
// without a caller's), so one refused form rolls back only itself.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkApprovals {
    /** The most steps one bulk approval decides. */
    public static final int LIMIT = 100;

    @EJB
    ApprovalService approvals;

    /** A step to approve, with the version read (null: as it is now). */
    public record Target(long stepId, Integer version) {
    }

    /**
     * What became of one step: the decided step, or the refusal; the form's title key and subject name it (both null
     * when the caller may not see the step).
     */
    public record Outcome(long stepId, String titleKey, String subject, ApprovalStep decided,
            BusinessException refusal) {
        public boolean approved() {
            return refusal == null;
        }
    }

    @RolesAllowed(org.estatedesk.shared.Roles.STAFF)
    public List<Outcome> approveAll(List<Target> targets, String comment) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Target t : targets.stream().distinct().limit(LIMIT).toList()) {
            FormSummary form = null;
            try {
                form = approvals.view(t.stepId()).form();
                ApprovalStep decided = approvals.decide(t.stepId(), Decision.APPROVE, comment, t.version());
                outcomes.add(new Outcome(t.stepId(), form.titleKey(), form.subject(), decided, null));
            } catch (BusinessException e) {
                outcomes.add(new Outcome(t.stepId(), form == null ? null : form.titleKey(),
                        form == null ? null : form.subject(), null, e));
            } catch (jakarta.ejb.EJBException e) {
                // a concurrent update of the form lost its race (an optimistic lock): as "decided meanwhile"
                outcomes.add(new Outcome(t.stepId(), form == null ? null : form.titleKey(),
                        form == null ? null : form.subject(), null,
                        new ConflictException("error.approval.decidedMeanwhile")));
            }
        }
        return outcomes;
    }
}
