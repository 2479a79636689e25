package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.estatedesk.shared.FacesMessages;

/**
 * The quote of a paid special service on the task page: the worker quotes (and may quote again until accepted), the
 * owner's answer is recorded with how he consented.
 */
@Named
@ViewScoped
public class TaskQuoteBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    TaskService taskService;

    @Inject
    TaskBacking task;

    private BigDecimal amount;
    private String description;
    private String acceptedBy;
    private QuoteConsent consent = QuoteConsent.PHONE;
    private String quoteNote;

    /** A paid special service waiting for its plan, whose quote the owner has not accepted: it may be (re)quoted. */
    public boolean canQuote() {
        Task t = task.getTask();
        return t != null && t.isQuoteRequired() && quoteOpen(t) && (t.getQuote() == null || !t.getQuote().isAccepted())
                && task.canWork();
    }

    /** Its quote waits for the owner's answer: those who work the task or the desk record it. */
    public boolean canDecideQuote() {
        Task t = task.getTask();
        return t != null && t.isQuoteRequired() && quoteOpen(t) && t.getQuote() != null && t.getQuote().isPending()
                && (task.canWork() || task.canFinish());
    }

    private static boolean quoteOpen(Task t) {
        return t.getState().isOpen() && t.getState() != TaskState.TO_IMPLEMENT;
    }

    public void saveQuote() {
        Task t = taskService.quote(task.getId(), amount, description, task.getTask().getVersion());
        FacesMessages.info("task.quote.saved", t.getNumber(), t.getQuote().getAmount().toPlainString());
        task.load();
    }

    public void decideQuote(boolean accepted) {
        Task t = taskService.decideQuote(task.getId(), accepted, acceptedBy, consent, quoteNote, task.getTask().getVersion());
        FacesMessages.info("task.quote.decided", t.getNumber(),
                FacesMessages.text("task.action.QUOTE_" + (accepted ? "ACCEPTED" : "REFUSED")));
        quoteNote = null;
        task.load();
    }

    public QuoteConsent[] getConsents() {
        return QuoteConsent.values();
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public void setAcceptedBy(String acceptedBy) {
        this.acceptedBy = acceptedBy;
    }

    public QuoteConsent getConsent() {
        return consent;
    }

    public void setConsent(QuoteConsent consent) {
        this.consent = consent;
    }

    public String getQuoteNote() {
        return quoteNote;
    }

    public void setQuoteNote(String quoteNote) {
        this.quoteNote = quoteNote;
    }

    /** Fills the inputs from the task read: its quote so far, the caller as the one who answers. */
    public void prefill(TaskDetail detail) {
        Quote q = detail.task().getQuote();
        if (q != null && amount == null && description == null) {
            amount = q.getAmount();
            description = q.getDescription();
        }
        if (acceptedBy == null) {
            acceptedBy = detail.reception().getCallerName();
        }
    }
}
