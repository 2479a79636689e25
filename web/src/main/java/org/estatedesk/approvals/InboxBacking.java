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
import java.util.List;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The approval inbox (R3.9): the forms waiting for me, oldest first; one of them with its fields and approval history
 * beside the list; approve or reject it with a comment. A step someone else decided first says so and leaves the list.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    ApprovalService service;

    private List<InboxItem> items = List.of();
    private ApprovalView selected;
    private String comment;

    @PostConstruct
    public void load() {
        items = service.inbox(ApprovalService.INBOX_LIMIT);
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
