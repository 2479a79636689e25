package org.estatedesk.decoration;

import org.estatedesk.organisation.WorkingDays;
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

/** Decoration applications in the approval chains (form type {@code DECORATION}): each decision advances the form. */
@ApplicationScoped
public class DecorationApprovalForm implements ApprovalForm {
    @Inject
    CompanyZones zones;

    @Inject
    DecorationRepository applications;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Override
    public String formType() {
        return DecorationApplication.FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        DecorationApplication a = applications.byId(d.formId()).orElseThrow(() -> new NotFoundException("decoration",
                d.formId()));
        applications.store(d.decision() == Decision.REJECT ? a.rejected(d.step(), d.by(), d.comment(), d.at())
                : a.stepApproved(d.step(), d.nextStep(), d.by(), d.comment(), d.at()));
    }

    @Override
    public FormSummary.Content document(long formId, long documentId) {
        DecorationApplication a = applications.find(formId, caller.scope())
                .orElseThrow(() -> new NotFoundException("decoration", formId));
        DecorationAttachment d = applications.attachment(a.getId(), documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return new FormSummary.Content(d.getFileName(), d.getContentType(), d.getContent());
    }

    @Override
    public FormSummary summary(long formId) {
        DecorationApplication a = applications.find(formId, caller.scope())
                .orElseThrow(() -> new NotFoundException("decoration", formId));
        String unit = a.getUnitCode();
        String estate = estates.byId(a.getEstateId()).orElseThrow().getName();
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        return new FormSummary("approval.form.DECORATION", estate + " " + unit + " · " + a.getContractorName(),
                "/decoration/application.xhtml?id=" + a.getId(), List.of(
                        FormSummary.Field.text("decoration.unit", estate + " " + unit),
                        FormSummary.Field.text("decoration.contractor", a.getContractorName()),
                        FormSummary.Field.text("decoration.plan", a.getPlan()),
                        FormSummary.Field.keys("decoration.alterations", a.getAlterations().stream()
                                .map(x -> "decoration.alteration." + x).toList()),
                        FormSummary.Field.text("decoration.period", a.getStartDate().format(day) + " – "
                                + a.getEndDate().format(day)),
                        FormSummary.Field.text("decoration.round", a.getRound()),
                        FormSummary.Field.text("decoration.submittedBy", a.getSubmittedBy()),
                        FormSummary.Field.text("decoration.due", a.getDecisionDueAt().atZoneSameInstant(
                                zones.zone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))),
                applications.attachments(formId).stream().map(d -> new FormSummary.Document(d.id(),
                        "decoration.attachment." + d.kind(), d.fileName(), d.size())).toList());
    }
}
