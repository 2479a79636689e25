package org.estatedesk.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;

/**
 * A {@link UnitForm} that a manager decides once (relocation R3.7, hot-water sealing R3.8): its {@link FormDecision}
 * in the columns {@code decided_by}, {@code decided_at}, {@code decision_comment}. The subclass says when a decision
 * may be taken and what it does to the form's state; it records it with {@link #decided(FormDecision)}.
 */
@MappedSuperclass
public abstract class DecidedUnitForm extends UnitForm {
    @Valid
    @Embedded
    private FormDecision decision;

    protected DecidedUnitForm() {
    }

    protected DecidedUnitForm(UnitRef unit) {
        super(unit);
    }

    /** Records the decision (a new value replaces the former). */
    protected void decided(FormDecision d) {
        decision = d;
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
