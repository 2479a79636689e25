package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.FormApproval;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.shared.DataScope;

/**
 * The stop-service request of a dunning case (R4.6) as a form of the approval inbox: one step, a CS manager's. The
 * decision is the case's — approved, service stops; rejected, the case goes back to its posted notice — and the
 * case refuses a decision by the one who asked (400, the decision rolls back).
 */
@ApplicationScoped
public class StopServiceApprovalForm extends FormApproval<DunningCase> {
    public static final String FORM_TYPE = "STOP_SERVICE";

    @Inject
    Clock clock;

    @Inject
    DunningRepository dunning;

    @Inject
    UnitRepository units;

    public StopServiceApprovalForm() {
        super(FORM_TYPE, "dunningCase");
    }

    @Override
    protected void decide(DunningCase c, boolean approve, ApprovalDecided d) {
        dunning.store(c.decideStop(approve ? DunningCase.Decision.APPROVE : DunningCase.Decision.REJECT, d.by(),
                d.comment(), today(), d.at()));
    }

    @Override
    protected FormSummary summary(DunningCase c) {
        Unit unit = units.find(c.getUnitId(), caller.scope()).orElseThrow();
        String estate = estateName(c.getEstateId());
        List<DunningRepository.Arrears> now = dunning.arrearsOf(List.of(c.getUnitId()), today(), caller.scope());
        return summary(estate + " " + unit.getCode(), "/billing/dunning.xhtml?state=" + c.getState(), List.of(
                FormSummary.Field.text("dunning.caseNo", c.getId()),
                FormSummary.Field.text("cashier.unitCode", estate + " " + unit.getCode()),
                FormSummary.Field.text("dunning.overdue", now.isEmpty() ? "0.00"
                        : now.get(0).overdue().toPlainString()),
                FormSummary.Field.text("dunning.lateFees", now.isEmpty() ? "0.00"
                        : now.get(0).lateFees().toPlainString()),
                FormSummary.Field.text("dunning.oldestDue", c.getOldestDueOn()),
                FormSummary.Field.text("dunning.noticePosted", c.getNoticePostedOn()),
                FormSummary.Field.text("dunning.openedBy", c.getOpenedBy()),
                FormSummary.Field.text("dunning.requestedBy", c.getStopRequestedBy())));
    }

    @Override
    protected Optional<DunningCase> find(long formId, DataScope scope) {
        return dunning.find(formId, scope);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }
}
