package org.estatedesk.approvals;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateMemory;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The approval inbox (R3.9): the forms waiting for me, oldest first; one of them with its fields and approval history
 * beside the list; approve or reject it with a comment. A step someone else decided first says so and leaves the list.
 * Filters by form type and estate; ticked rows are approved together with one comment (issue 20).
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    ApprovalService service;

    @EJB
    BulkApprovals bulk;

    @EJB
    EstateService estateService;

    @Inject
    EstateMemory estateMemory;

    private List<InboxItem> items = List.of();
    private ApprovalView selected;
    private String comment;

    /** The filters (issue 20): a form type and an estate, null for all. */
    private String formType;
    private Long estateId;
    private List<String> formTypes = List.of();
    private List<Estate> estates = List.of();

    /** The rows ticked for a bulk approval, and its one comment. */
    private List<InboxItem> checked = new ArrayList<>();
    private String bulkComment;

    @PostConstruct
    void init() {
        formTypes = service.formTypes();
        estates = estateService.visibleEstates();
        load();
    }

    public void load() {
        items = service.inbox(formType, estateId, ApprovalService.INBOX_LIMIT);
        checked = new ArrayList<>();
    }

    /**
     * Approves every ticked form with the one comment, each on its own (one transaction per form): the message
     * counts those approved and names each form refused, with the reason.
     */
    public void approveChecked() {
        if (checked.isEmpty()) {
            FacesMessages.error("approval.bulk.noneChecked");
            return;
        }
        List<BulkApprovals.Outcome> outcomes = bulk.approveAll(checked.stream().map(i -> new BulkApprovals.Target(
                i.step().getId(), i.step().getVersion())).toList(), bulkComment);
        List<String> refused = new ArrayList<>();
        int approved = 0;
        for (BulkApprovals.Outcome o : outcomes) {
            if (o.approved()) {
                approved++;
            } else {
                refused.add(FacesMessages.text("approval.bulk.refusedForm", o.titleKey() == null ? "#" + o.stepId()
                        : FacesMessages.text(o.titleKey()) + " " + o.subject(),
                        FacesMessages.text(o.refusal().messageKey(), o.refusal().arguments())));
            }
        }
        if (approved > 0) {
            FacesMessages.info("approval.bulk.approved", approved);
        }
        if (!refused.isEmpty()) {
            FacesMessages.error("approval.bulk.refused", refused.size(), String.join("; ", refused));
        }
        if (selected != null && outcomes.stream().anyMatch(o -> o.stepId() == selected.step().getId())) {
            selected = null;
        }
        bulkComment = null;
        load();
    }

    public void open(InboxItem item) {
        try {
            selected = service.view(item.step().getId());
            comment = null;
        } catch (BusinessException e) {
            selected = null;
            load();
            throw e;
        }
    }

    public void approve() {
        decide(Decision.APPROVE);
    }

    public void reject() {
        decide(Decision.REJECT);
    }

    private void decide(Decision decision) {
        if (selected == null) {
            return;
        }
        ApprovalStep step = selected.step();
        try {
            service.decide(step.getId(), decision, comment, step.getVersion());
            FacesMessages.info(decision == Decision.APPROVE ? "approval.approved" : "approval.rejected",
                    FacesMessages.text(selected.form().titleKey()) + " " + selected.form().subject());
            selected = null;
            comment = null;
            load();
        } catch (ConflictException e) {
            // decided by someone else meanwhile: the form leaves the list (the exception handler says so)
            selected = null;
            load();
            throw e;
        }
    }

    public StreamedContent download(FormSummary.Document document) {
        FormSummary.Content c = service.document(selected.step().getId(), document.id());
        byte[] bytes = c.bytes();
        return DefaultStreamedContent.builder().name(c.name()).contentType(c.contentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean overdue(ApprovalChain chain) {
        return chain.isOverdue(OffsetDateTime.now(clock));
    }

    public String getFormType() {
        return formType;
    }

    public void setFormType(String formType) {
        this.formType = formType == null || formType.isBlank() ? null : formType;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public List<String> getFormTypes() {
        return formTypes;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<InboxItem> getChecked() {
        return checked;
    }

    public void setChecked(List<InboxItem> checked) {
        this.checked = checked == null ? new ArrayList<>() : checked;
    }

    public String getBulkComment() {
        return bulkComment;
    }

    public void setBulkComment(String bulkComment) {
        this.bulkComment = bulkComment;
    }

    public List<InboxItem> getItems() {
        return items;
    }

    public ApprovalView getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
