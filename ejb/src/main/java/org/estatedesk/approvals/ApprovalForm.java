package org.estatedesk.approvals;

/**
 * A form type that goes through approval chains: one CDI bean per form type ({@code @ApplicationScoped}, in the
 * form's own capability). {@link ApprovalService} finds it by {@link #formType()} and tells it of every decision in
 * the deciding transaction, so that the form advances its own state; an exception thrown here rolls the decision
 * back. See this package's description.
 */
public interface ApprovalForm {
    /** The form type this bean answers for, as stored on the chains (e.g. {@code DECORATION}). */
    String formType();

    /**
     * A step of one of this form's chains was decided: advance the form (next step, approved, rejected) and write
     * its history. Runs in the deciding transaction, as the approver; no role checks are needed here.
     */
    void decided(ApprovalDecided decision);

    /**
     * What the approval inbox shows of a form, read through the caller's data scope (a NotFoundException when he
     * may not see it).
     */
    FormSummary summary(long formId);

    /** One of the form's documents listed in its summary, read through the caller's scope; none by default. */
    default FormSummary.Content document(long formId, long documentId) {
        throw new org.estatedesk.shared.NotFoundException("document", documentId);
    }
}
