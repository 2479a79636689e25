package org.estatedesk.hotwater;

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
 * A hot-water sealing (R3.8) as a form of the approval inbox: one CS manager's step. Approved, the front desk's task
 * sends engineering to seal it (前台派单 — 工程封堵); rejected, the sealing is closed.
 */
@ApplicationScoped
public class HotWaterApprovalForm extends FormApproval<HotWaterSealing> {
    @Inject
    HotWaterRepository sealings;

    @EJB
    ReceptionService receptions;

    public HotWaterApprovalForm() {
        super(HotWaterSealing.FORM_TYPE, "hotWaterSealing");
    }

    @Override
    protected void decide(HotWaterSealing s, boolean approve, ApprovalDecided d) {
        s.decide(approve, d.by(), d.comment(), d.at());
        if (approve) {
            s.dispatched(receptions.handover(s.getUnitId(), StandardLibrary.HOT_WATER_SEAL, "热水封堵（"
                    + s.getAgreementNumber() + "，" + s.getUnitCode() + "，表和表部件交业主保管） / Seal the hot water",
                    s.getApplicant(), s.getApplicantPhone())
                    .map(Task::getNumber).orElse(null));
        }
    }

    @Override
    protected FormSummary summary(HotWaterSealing s) {
        return unitSummary(s, "/hotwater/sealings.xhtml",
                FormSummary.Field.text("hotwater.agreementNumber", s.getAgreementNumber()),
                FormSummary.Field.text("hotwater.applicant", s.getApplicant()),
                FormSummary.Field.text("hotwater.reason", s.getReason()),
                FormSummary.Field.text("hotwater.finalReading", s.getFinalReading() + " ("
                        + s.getReadingPeriod() + ")"),
                FormSummary.Field.text("hotwater.finalAmount", s.getFinalAmount()),
                FormSummary.Field.text("relocation.requestedBy", s.getAgreedBy()));
    }

    @Override
    protected Optional<HotWaterSealing> find(long formId, DataScope scope) {
        return sealings.find(formId, scope);
    }
}
