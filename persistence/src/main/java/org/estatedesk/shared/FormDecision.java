package org.estatedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A form's decision (R3.7, R3.8, R3.4, R1.13, R5.1, R5.2): who decided, when, and the comment given. Embedded by every
 * form that a manager decides, in the columns {@code decided_by}, {@code decided_at} and {@code decision_comment}
 * (a form keeping other names says so with {@code @AttributeOverrides}, e.g. a violation's stop decision).
 * Immutable: a form records a new decision by replacing the value; {@link #NONE} is the decision not taken yet
 * (JPA reads a decision whose columns are all empty as {@code null}, so a form reads it through {@link #orNone}).
 */
@Embeddable
public class FormDecision {
    /** No decision yet. */
    public static final FormDecision NONE = new FormDecision();

    @Column(name = "decided_by")
    private String by;

    @Column(name = "decided_at")
    private OffsetDateTime at;

    @Size(max = 1000)
    @Column(name = "decision_comment", length = 1000)
    private String comment;

    protected FormDecision() {
    }

    private FormDecision(String by, OffsetDateTime at, String comment) {
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
        this.comment = comment;
    }

    /** A decision taken now; a blank comment is none, any other is kept without surrounding white space. */
    public static FormDecision decide(String by, OffsetDateTime at, String comment) {
        return new FormDecision(by, at, comment == null || comment.isBlank() ? null : comment.trim());
    }

    /** A decision whose comment is kept exactly as given (forms whose comment the approval step already checked). */
    public static FormDecision verbatim(String by, OffsetDateTime at, String comment) {
        return new FormDecision(by, at, comment);
    }

    /**
     * A decision on a request, by anyone but the one who asked (R3.4, R1.13): {@code errorKey} refuses the
     * requester's own decision on the field {@code decision}.
     */
    public static FormDecision decideOther(String requester, String by, OffsetDateTime at, String comment,
            String errorKey) {
        if (by.equals(requester)) {
            throw new RuleViolationException(errorKey, "decision");
        }
        return decide(by, at, comment);
    }

    /** The decision as read from the database: {@link #NONE} when its columns are empty. */
    public static FormDecision orNone(FormDecision d) {
        return d == null ? NONE : d;
    }

    public boolean isDecided() {
        return at != null;
    }

    public String getBy() {
        return by;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormDecision d && Objects.equals(by, d.by) && Objects.equals(at, d.at)
                && Objects.equals(comment, d.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(by, at, comment);
    }
}
