package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.ApprovalForm;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;

/**
 * The stop-service request of a dunning case (R4.6) as a form of the approval inbox: one step, a CS manager's. The
 * decision is the case's — approved, service stops; rejected, the case goes back to its posted notice — and the
 * case refuses a decision by the one who asked (400, the decision rolls back).
 */
@ApplicationScoped
public class StopServiceApprovalForm implements ApprovalForm {
    public static final String FORM_TYPE = "STOP_SERVICE";

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    DunningRepository dunning;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Override
    public String formType() {
        return FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        DunningCase c = dunning.find(d.formId(), caller.scope()).orElseThrow(() -> new NotFoundException(
                "dunningCase", d.formId()));
        dunning.store(c.decideStop(DunningCase.Decision.valueOf(d.decision().name()), d.by(), d.comment(),
                LocalDate.now(clock.withZone(zones.zone())), d.at()));
    }

    @Override
    public FormSummary summary(long formId) {
        DunningCase c = dunning.find(formId, caller.scope()).orElseThrow(() -> new NotFoundException("dunningCase",
                formId));
        Unit unit = units.find(c.getUnitId(), caller.scope()).orElseThrow();
        String estate = estates.byId(c.getEstateId()).map(e -> e.getName()).orElse("");
        List<DunningRepository.Arrears> now = dunning.arrearsOf(List.of(c.getUnitId()),
                LocalDate.now(clock.withZone(zones.zone())), caller.scope());
        return new FormSummary("approval.form.STOP_SERVICE", estate + " " + unit.getCode(),
                "/billing/dunning.xhtml?state=" + c.getState(), List.of(
                        FormSummary.Field.text("dunning.caseNo", c.getId()),
                        FormSummary.Field.text("cashier.unitCode", estate + " " + unit.getCode()),
                        FormSummary.Field.text("dunning.overdue", now.isEmpty() ? "0.00"
                                : now.get(0).overdue().toPlainString()),
                        FormSummary.Field.text("dunning.lateFees", now.isEmpty() ? "0.00"
                                : now.get(0).lateFees().toPlainString()),
                        FormSummary.Field.text("dunning.oldestDue", c.getOldestDueOn()),
                        FormSummary.Field.text("dunning.noticePosted", c.getNoticePostedOn()),
                        FormSummary.Field.text("dunning.openedBy", c.getOpenedBy()),
                        FormSummary.Field.text("dunning.requestedBy", c.getStopRequestedBy())),
                List.of());
    }
}
