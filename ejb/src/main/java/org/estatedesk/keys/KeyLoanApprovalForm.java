package org.estatedesk.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.ApprovalForm;
import org.estatedesk.approvals.Decision;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;

/**
 * A key loan to a borrower who is not the owner (R5.1) as a form of the approval inbox: one step, a CS manager's.
 * Approved, the key waits to be handed out against the borrower's signature; rejected, it is free again.
 */
@ApplicationScoped
public class KeyLoanApprovalForm implements ApprovalForm {
    @Inject
    CompanyZones zones;

    @Inject
    KeyRepository keys;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Override
    public String formType() {
        return KeyLoan.FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        KeyLoan loan = keys.loanById(d.formId()).orElseThrow(() -> new NotFoundException("keyLoan", d.formId()));
        EstateKey key = keys.byId(loan.getKeyId()).orElseThrow();
        if (d.decision() == Decision.REJECT) {
            key.rejected(loan, d.by(), d.comment(), d.at());
        } else if (d.approvedAll()) {
            key.approved(loan, d.by(), d.comment(), d.at());
        }
    }

    @Override
    public FormSummary summary(long formId) {
        KeyLoan loan = keys.loan(formId, caller.scope()).orElseThrow(() -> new NotFoundException("keyLoan", formId));
        EstateKey key = keys.byId(loan.getKeyId()).orElseThrow();
        String estate = estates.byId(key.getEstateId()).map(e -> e.getName()).orElse("");
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return new FormSummary("approval.form.KEY_LOAN", estate + " " + key.getTag() + " · " + loan.getBorrower(),
                "/keys/register.xhtml?keyId=" + key.getId(), List.of(
                        FormSummary.Field.text("key.tag", key.getTag()),
                        FormSummary.Field.keys("key.category", List.of("key.category." + key.getCategory())),
                        FormSummary.Field.text("key.target", key.target()),
                        FormSummary.Field.text("keyLoan.borrower", loan.getBorrower()),
                        FormSummary.Field.keys("keyLoan.borrowerKind", List.of("keyLoan.borrowerKind."
                                + loan.getBorrowerKind())),
                        FormSummary.Field.text("keyLoan.purpose", loan.getPurpose()),
                        FormSummary.Field.text("keyLoan.dueAt", loan.getDueAt().atZoneSameInstant(zones.zone())
                                .format(minute)),
                        FormSummary.Field.text("keyLoan.requestedBy", loan.getRequestedBy())),
                List.of());
    }
}
