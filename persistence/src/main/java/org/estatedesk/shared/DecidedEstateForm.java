package org.estatedesk.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;

/**
 * A form of an estate, not of a unit, that a manager decides (key loan R5.1, archive borrow R5.2, compensation
 * R1.13): its {@link EstateRef} ({@code company_id}, {@code estate_id}) and its {@link FormDecision}
 * ({@code decided_by}, {@code decided_at}, {@code decision_comment}). The subclass holds its id, version, state
 * and rules and records a decision with {@link #decided(FormDecision)}.
 */
@MappedSuperclass
public abstract class DecidedEstateForm {
    @Embedded
    private EstateRef estate;

    @Valid
    @Embedded
    private FormDecision decision;

    protected DecidedEstateForm() {
    }

    protected DecidedEstateForm(EstateRef estate) {
        this.estate = java.util.Objects.requireNonNull(estate, "estate");
    }

    /** Records the decision (a new value replaces the former). */
    protected void decided(FormDecision d) {
        decision = d;
    }

    public EstateRef getEstate() {
        return estate;
    }

    public Long getCompanyId() {
        return estate.getCompanyId();
    }

    public Long getEstateId() {
        return estate.getEstateId();
    }

    /** The decision, {@link FormDecision#NONE} while none is taken. */
    public FormDecision getDecision() {
        return FormDecision.orNone(decision);
    }

    public String getDecidedBy() {
        return getDecision().getBy();
    }

    public OffsetDateTime getDecidedAt() {
        return getDecision().getAt();
    }

    public String getDecisionComment() {
        return getDecision().getComment();
    }
}
