package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.FormApproval;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;

/**
 * Decoration applications in the approval chains (form type {@code DECORATION}, R3.1): each decision advances the
 * form — a step approved moves it to the next step or, the last one, approves it; a rejection sends it back to the
 * applicant — and writes its history line.
 */
@ApplicationScoped
public class DecorationApprovalForm extends FormApproval<DecorationApplication> {
    @Inject
    DecorationRepository applications;

    public DecorationApprovalForm() {
        super(DecorationApplication.FORM_TYPE, "decoration");
    }

    @Override
    protected void decide(DecorationApplication a, boolean approve, ApprovalDecided d) {
        applications.store(approve ? a.stepApproved(d.step(), null, d.by(), d.comment(), d.at())
                : a.rejected(d.step(), d.by(), d.comment(), d.at()));
    }

    @Override
    protected void stepApproved(DecorationApplication a, ApprovalDecided d) {
        applications.store(a.stepApproved(d.step(), d.nextStep(), d.by(), d.comment(), d.at()));
    }

    @Override
    public FormSummary.Content document(long formId, long documentId) {
        DecorationAttachment d = applications.attachment(form(formId).getId(), documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return new FormSummary.Content(d.getFileName(), d.getContentType(), d.getContent());
    }

    @Override
    protected FormSummary summary(DecorationApplication a) {
        String unit = estateName(a.getEstateId()) + " " + a.getUnitCode();
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        return summary(unit + " · " + a.getContractorName(), "/decoration/application.xhtml?id=" + a.getId(),
                List.of(FormSummary.Field.text("decoration.unit", unit),
                        FormSummary.Field.text("decoration.contractor", a.getContractorName()),
                        FormSummary.Field.text("decoration.plan", a.getPlan()),
                        FormSummary.Field.keys("decoration.alterations", a.getAlterations().stream()
                                .map(x -> "decoration.alteration." + x).toList()),
                        FormSummary.Field.text("decoration.period", a.getStartDate().format(day) + " – "
                                + a.getEndDate().format(day)),
                        FormSummary.Field.text("decoration.round", a.getRound()),
                        FormSummary.Field.text("decoration.submittedBy", a.getSubmittedBy()),
                        FormSummary.Field.text("decoration.due", minute(a.getDecisionDueAt()))),
                applications.attachments(a.getId()).stream().map(d -> new FormSummary.Document(d.id(),
                        "decoration.attachment." + d.kind(), d.fileName(), d.size())).toList());
    }

    @Override
    protected Optional<DecorationApplication> find(long formId, DataScope scope) {
        return applications.find(formId, scope);
    }

    /** The decision reads the application by id: its chain was started for it. */
    @Override
    protected Optional<DecorationApplication> forDecision(long formId) {
        return applications.byId(formId);
    }
}
