package org.estatedesk.relocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.ApprovalForm;
import org.estatedesk.approvals.Decision;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;

/** A relocation (R3.7) as a form of the approval inbox: one step, a CS manager's, that approves or rejects it. */
@ApplicationScoped
public class RelocationApprovalForm implements ApprovalForm {
    @Inject
    RelocationRepository relocations;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Override
    public String formType() {
        return Relocation.FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        relocation(d.formId()).decide(d.decision() == Decision.APPROVE, d.by(), d.comment(), d.at());
    }

    @Override
    public FormSummary summary(long formId) {
        Relocation r = relocation(formId);
        String estate = estates.byId(r.getEstateId()).map(e -> e.getName()).orElse("");
        return new FormSummary("approval.form.RELOCATION", estate + " " + r.getUnitCode(),
                "/relocation/relocations.xhtml", List.of(
                        FormSummary.Field.text("cashier.unitCode", estate + " " + r.getUnitCode()),
                        FormSummary.Field.text("relocation.date", r.getMoveDate()),
                        FormSummary.Field.text("relocation.reason", r.getReason()),
                        FormSummary.Field.text("relocation.requestedBy", r.getRequestedBy())),
                List.of());
    }

    private Relocation relocation(long id) {
        return relocations.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("relocation", id));
    }
}
