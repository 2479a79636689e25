package org.estatedesk.approvals;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.estatedesk.shared.TimeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.UnitForm;

/**
 * The skeleton every {@link ApprovalForm} shares, so that a form's bean says only what differs: how to read the form
 * ({@link #find} through a data scope), what an approval and a rejection do to it, and what the inbox shows of it.
 * <ul>
 * <li>{@link #decided}: reads the form ({@link #forDecision}, through the caller's scope unless a form says
 * otherwise), then the form is decided ({@link #decide}): approved when the last step approved it
 * ({@link ApprovalDecided#approvedAll()}), rejected on a REJECT; an approval with a next step waiting goes to
 * {@link #stepApproved} (nothing by default: one-step forms have none). It runs in the deciding transaction: an
 * exception rolls the decision back.</li>
 * <li>{@link #summary(long)}: reads the form through the caller's scope (a NotFoundException with the form's
 * {@code notFoundKey} when he may not see it) and lets {@link #summary(Object)} build it with {@link #summary(String,
 * String, List, List)}, whose title is the bundle key {@code approval.form.<TYPE>}.</li>
 * </ul>
 *
 * A CDI bean of a normal scope must be proxyable: no method here is final.
 *
 * @param <F> the form's domain object
 */
public abstract class FormApproval<F> implements ApprovalForm {
    @Inject
    protected CallerContext caller;

    @Inject
    protected EstateRepository estates;

    @Inject
    protected CompanyZones zones;

    private final String formType;
    private final String notFoundKey;

    /**
     * @param formType the form type on the chains (e.g. {@code RELOCATION})
     * @param notFoundKey the entity named by a NotFoundException when the form is not there or not visible
     */
    protected FormApproval(String formType, String notFoundKey) {
        this.formType = formType;
        this.notFoundKey = notFoundKey;
    }

    @Override
    public String formType() {
        return formType;
    }

    /** The form, if it exists and {@code scope} sees it. */
    protected abstract Optional<F> find(long formId, DataScope scope);

    /** The form as the decision reads it: through the caller's scope, unless the form reads it by id alone. */
    protected Optional<F> forDecision(long formId) {
        return find(formId, caller.scope());
    }

    /** The form is decided: approved (the last step approved it) or rejected (a step rejected it). */
    protected abstract void decide(F form, boolean approve, ApprovalDecided d);

    /** A step approved the form and the next one waits ({@link ApprovalDecided#nextStep()}); nothing by default. */
    protected void stepApproved(F form, ApprovalDecided d) {
    }

    /** What the inbox shows of the form, read through the caller's scope. */
    protected abstract FormSummary summary(F form);

    @Override
    public void decided(ApprovalDecided d) {
        F form = forDecision(d.formId()).orElseThrow(() -> new NotFoundException(notFoundKey, d.formId()));
        if (d.decision() == Decision.REJECT || d.approvedAll()) {
            decide(form, d.decision() == Decision.APPROVE, d);
        } else {
            stepApproved(form, d);
        }
    }

    @Override
    public FormSummary summary(long formId) {
        return summary(form(formId));
    }

    /** The form through the caller's scope, or a NotFoundException. */
    protected F form(long formId) {
        return find(formId, caller.scope()).orElseThrow(() -> new NotFoundException(notFoundKey, formId));
    }

    /** The form's summary: titled {@code approval.form.<TYPE>}, its subject, the page showing it, its fields. */
    protected FormSummary summary(String subject, String link, List<FormSummary.Field> fields) {
        return summary(subject, link, fields, List.of());
    }

    /** The form's summary with its uploaded documents. */
    protected FormSummary summary(String subject, String link, List<FormSummary.Field> fields,
            List<FormSummary.Document> documents) {
        return new FormSummary("approval.form." + formType, subject, link, fields, documents);
    }

    /**
     * The summary of a form about one unit: its subject and first field ({@code cashier.unitCode}) are the estate's
     * name and the unit's code, then the form's own fields.
     */
    protected FormSummary unitSummary(UnitForm form, String link, FormSummary.Field... fields) {
        String unit = estateName(form.getEstateId()) + " " + form.getUnitCode();
        List<FormSummary.Field> all = new ArrayList<>();
        all.add(FormSummary.Field.text("cashier.unitCode", unit));
        all.addAll(List.of(fields));
        return summary(unit, link, all);
    }

    /** The estate's name, or empty. */
    protected String estateName(Long estateId) {
        return estates.byId(estateId).map(e -> e.getName()).orElse("");
    }

    /** A time as the inbox shows it: to the minute, in the company's zone. */
    protected String minute(OffsetDateTime at) {
        return TimeFormat.MINUTE.format(at, zones.zone(caller.companyId()));
    }
}
