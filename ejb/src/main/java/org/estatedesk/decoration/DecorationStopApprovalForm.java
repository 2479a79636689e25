package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.FormApproval;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.servicedesk.ReceptionService;
import org.estatedesk.servicedesk.StandardLibrary;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.DataScope;

/**
 * The stop-service request of a decoration violation (R3.4) as a form of the approval inbox: one CS manager's step,
 * not by the one who asked. Approved, service stops and engineering gets the task; rejected, the violation goes back
 * to its notice.
 */
@ApplicationScoped
public class DecorationStopApprovalForm extends FormApproval<DecorationViolation> {
    @Inject
    ViolationRepository violations;

    @EJB
    ReceptionService receptions;

    public DecorationStopApprovalForm() {
        super(DecorationViolation.STOP_FORM_TYPE, "violation");
    }

    @Override
    protected void decide(DecorationViolation v, boolean approve, ApprovalDecided d) {
        v.decideStop(approve, d.by(), d.comment(), d.at());
        if (approve) {
            v.stopTask(receptions.handover(v.getUnitId(), StandardLibrary.DECORATION_STOP,
                    "违规装修拒不整改，停止服务（" + v.getUnitCode() + "，" + v.getNoticeNumber() + "） / Violation not put"
                            + " right: stop service").map(Task::getNumber).orElse(null));
        }
    }

    @Override
    protected FormSummary summary(DecorationViolation v) {
        return unitSummary(v, "/decoration/violations.xhtml",
                FormSummary.Field.text("violation.description", v.getDescription()),
                FormSummary.Field.text("violation.noticeNumber", v.getNoticeNumber()),
                FormSummary.Field.text("violation.rectifyBy", v.getRectifyBy()),
                FormSummary.Field.text("violation.requirement", v.getRequirement()),
                FormSummary.Field.text("violation.fine", v.getFineAmount() == null ? ""
                        : v.getFineAmount().toPlainString()),
                FormSummary.Field.text("relocation.requestedBy", v.getStopRequestedBy()));
    }

    @Override
    protected Optional<DecorationViolation> find(long formId, DataScope scope) {
        return violations.find(formId, scope);
    }
}
