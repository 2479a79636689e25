package org.estatedesk.hotwater;

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
 * A hot-water sealing (R3.8) as a form of the approval inbox: one CS manager's step. Approved, the front desk's task
 * sends engineering to seal it (前台派单 — 工程封堵); rejected, the sealing is closed.
 */
@ApplicationScoped
public class HotWaterApprovalForm implements ApprovalForm {
    @Inject
    HotWaterRepository sealings;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @EJB
    ReceptionService receptions;

    @Override
    public String formType() {
        return HotWaterSealing.FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        HotWaterSealing s = sealing(d.formId());
        boolean approve = d.decision() == Decision.APPROVE;
        s.decide(approve, d.by(), d.comment(), d.at());
        if (approve) {
            s.dispatched(receptions.handover(s.getUnitId(), StandardLibrary.HOT_WATER_SEAL, "热水封堵（"
                    + s.getAgreementNumber() + "，" + s.getUnitCode() + "，表和表部件交业主保管） / Seal the hot water",
                    s.getApplicant(), s.getApplicantPhone())
                    .map(Task::getNumber).orElse(null));
        }
    }

    @Override
    public FormSummary summary(long formId) {
        HotWaterSealing s = sealing(formId);
        String estate = estates.byId(s.getEstateId()).map(e -> e.getName()).orElse("");
        return new FormSummary("approval.form.HOT_WATER_SEAL", estate + " " + s.getUnitCode(),
                "/hotwater/sealings.xhtml", List.of(
                        FormSummary.Field.text("cashier.unitCode", estate + " " + s.getUnitCode()),
                        FormSummary.Field.text("hotwater.agreementNumber", s.getAgreementNumber()),
                        FormSummary.Field.text("hotwater.applicant", s.getApplicant()),
                        FormSummary.Field.text("hotwater.reason", s.getReason()),
                        FormSummary.Field.text("hotwater.finalReading", s.getFinalReading() + " ("
                                + s.getReadingPeriod() + ")"),
                        FormSummary.Field.text("hotwater.finalAmount", s.getFinalAmount()),
                        FormSummary.Field.text("relocation.requestedBy", s.getAgreedBy())),
                List.of());
    }

    private HotWaterSealing sealing(long id) {
        return sealings.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("hotWaterSealing", id));
    }
}
