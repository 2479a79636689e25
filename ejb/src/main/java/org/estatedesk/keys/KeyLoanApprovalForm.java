package org.estatedesk.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.FormApproval;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.shared.DataScope;

/**
 * A key loan to a borrower who is not the owner (R5.1) as a form of the approval inbox: one step, a CS manager's.
 * Approved, the key waits to be handed out against the borrower's signature; rejected, it is free again.
 */
@ApplicationScoped
public class KeyLoanApprovalForm extends FormApproval<KeyLoan> {
    @Inject
    KeyRepository keys;

    public KeyLoanApprovalForm() {
        super(KeyLoan.FORM_TYPE, "keyLoan");
    }

    @Override
    protected void decide(KeyLoan loan, boolean approve, ApprovalDecided d) {
        EstateKey key = key(loan);
        if (approve) {
            key.approved(loan, d.by(), d.comment(), d.at());
        } else {
            key.rejected(loan, d.by(), d.comment(), d.at());
        }
    }

    @Override
    protected FormSummary summary(KeyLoan loan) {
        EstateKey key = key(loan);
        return summary(estateName(key.getEstateId()) + " " + key.getTag() + " · " + loan.getBorrower(),
                "/keys/register.xhtml?keyId=" + key.getId(), List.of(
                        FormSummary.Field.text("key.tag", key.getTag()),
                        FormSummary.Field.keys("key.category", List.of("key.category." + key.getCategory())),
                        FormSummary.Field.text("key.target", key.target()),
                        FormSummary.Field.text("keyLoan.borrower", loan.getBorrower()),
                        FormSummary.Field.keys("keyLoan.borrowerKind", List.of("keyLoan.borrowerKind."
                                + loan.getBorrowerKind())),
                        FormSummary.Field.text("keyLoan.purpose", loan.getPurpose()),
                        FormSummary.Field.text("keyLoan.dueAt", minute(loan.getDueAt())),
                        FormSummary.Field.text("keyLoan.requestedBy", loan.getRequestedBy())));
    }

    @Override
    protected Optional<KeyLoan> find(long formId, DataScope scope) {
        return keys.loan(formId, scope);
    }

    /** The decision reads the loan by id: its chain was started for it. */
    @Override
    protected Optional<KeyLoan> forDecision(long formId) {
        return keys.loanById(formId);
    }

    private EstateKey key(KeyLoan loan) {
        return keys.byId(loan.getKeyId()).orElseThrow();
    }
}
