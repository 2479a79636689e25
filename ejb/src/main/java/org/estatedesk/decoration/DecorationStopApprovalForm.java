package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.ApprovalForm;
import org.estatedesk.approvals.Decision;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.servicedesk.ReceptionService;
import org.estatedesk.servicedesk.StandardLibrary;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;

/**
 * The stop-service request of a decoration violation (R3.4) as a form of the approval inbox: one CS manager's step,
 * not by the one who asked. Approved, service stops and engineering gets the task; rejected, the violation goes back
 * to its notice.
 */
@ApplicationScoped
public class DecorationStopApprovalForm implements ApprovalForm {
    @Inject
    ViolationRepository violations;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @EJB
    ReceptionService receptions;

    @Override
    public String formType() {
        return DecorationViolation.STOP_FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        DecorationViolation v = violation(d.formId());
        boolean approve = d.decision() == Decision.APPROVE;
        v.decideStop(approve, d.by(), d.comment(), d.at());
        if (approve) {
            v.stopTask(receptions.handover(v.getUnitId(), StandardLibrary.DECORATION_STOP,
                    "违规装修拒不整改，停止服务（" + v.getUnitCode() + "，" + v.getNoticeNumber() + "） / Violation not put"
                            + " right: stop service").map(Task::getNumber).orElse(null));
        }
    }

    @Override
    public FormSummary summary(long formId) {
        DecorationViolation v = violation(formId);
        String estate = estates.byId(v.getEstateId()).map(e -> e.getName()).orElse("");
        return new FormSummary("approval.form.DECORATION_STOP", estate + " " + v.getUnitCode(),
                "/decoration/violations.xhtml", List.of(
                        FormSummary.Field.text("cashier.unitCode", estate + " " + v.getUnitCode()),
                        FormSummary.Field.text("violation.description", v.getDescription()),
                        FormSummary.Field.text("violation.noticeNumber", v.getNoticeNumber()),
                        FormSummary.Field.text("violation.rectifyBy", v.getRectifyBy()),
                        FormSummary.Field.text("violation.requirement", v.getRequirement()),
                        FormSummary.Field.text("violation.fine", v.getFineAmount() == null ? ""
                                : v.getFineAmount().toPlainString()),
                        FormSummary.Field.text("relocation.requestedBy", v.getStopRequestedBy())),
                List.of());
    }

    private DecorationViolation violation(long id) {
        return violations.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("violation", id));
    }
}
