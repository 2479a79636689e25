package org.estatedesk.relocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.FormApproval;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.shared.DataScope;

/** A relocation (R3.7) as a form of the approval inbox: one step, a CS manager's, that approves or rejects it. */
@ApplicationScoped
public class RelocationApprovalForm extends FormApproval<Relocation> {
    @Inject
    RelocationRepository relocations;

    public RelocationApprovalForm() {
        super(Relocation.FORM_TYPE, "relocation");
    }

    @Override
    protected void decide(Relocation r, boolean approve, ApprovalDecided d) {
        r.decide(approve, d.by(), d.comment(), d.at());
    }

    @Override
    protected FormSummary summary(Relocation r) {
        return unitSummary(r, "/relocation/relocations.xhtml",
                FormSummary.Field.text("relocation.date", r.getMoveDate()),
                FormSummary.Field.text("relocation.reason", r.getReason()),
                FormSummary.Field.text("relocation.requestedBy", r.getRequestedBy()));
    }

    @Override
    protected Optional<Relocation> find(long formId, DataScope scope) {
        return relocations.find(formId, scope);
    }
}
