package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;

/**
 * The quote of a paid special service (特约服务报价, R1.2): the amount and the work and materials it covers, who
 * quoted it and when; then the owner's answer — accepted or refused, who answered for the owner (name or phone),
 * how (signature, phone, in person), recorded by which staff member and when. A value: a new quote or the owner's
 * answer makes a new one (see {@link Task#quote} and {@link Task#decideQuote}).
 */
@Embeddable
public class Quote {
    /** The owner's answer to a quote. */
    public enum Decision {
        ACCEPTED, REFUSED
    }

    @DecimalMin("0.00")
    @Digits(integer = 10, fraction = 2)
    @Column(name = "quote_amount")
    private BigDecimal amount;

    @Size(max = 1000)
    @Column(name = "quote_description")
    private String description;

    @Size(max = 40)
    @Column(name = "quoted_by")
    private String quotedBy;

    @Column(name = "quoted_at")
    private OffsetDateTime quotedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_decision")
    private Decision decision;

    @Size(max = 100)
    @Column(name = "quote_decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_consent")
    private QuoteConsent consent;

    @Size(max = 500)
    @Column(name = "quote_note")
    private String note;

    @Size(max = 40)
    @Column(name = "quote_recorded_by")
    private String recordedBy;

    @Column(name = "quote_decided_at")
    private OffsetDateTime decidedAt;

    protected Quote() {
    }

    /** A new quote, waiting for the owner's answer: amount ≥ 0 with at most two decimals, a description. */
    Quote(BigDecimal amount, String description, String quotedBy, OffsetDateTime quotedAt) {
        if (amount == null) {
            throw new RuleViolationException("error.required", "amount");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new RuleViolationException("error.money", "amount", amount);
        }
        if (description == null || description.isBlank()) {
            throw new RuleViolationException("error.required", "description");
        }
        if (description.trim().length() > 1000) {
            throw new RuleViolationException("error.task.quoteTooLong", "description", 1000);
        }
        this.amount = amount.setScale(2);
        this.description = description.trim();
        this.quotedBy = quotedBy;
        this.quotedAt = quotedAt;
    }

    /** This quote with the owner's answer; refused when he has answered already. */
    Quote decided(boolean accepted, String decidedBy, QuoteConsent consent, String note, String recordedBy,
            OffsetDateTime at, String taskNumber) {
        if (decision != null) {
            throw new ConflictException("error.task.quoteDecided", taskNumber, decision);
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new RuleViolationException("error.required", "acceptedBy");
        }
        if (decidedBy.trim().length() > 100) {
            throw new RuleViolationException("error.task.quoteTooLong", "acceptedBy", 100);
        }
        if (consent == null) {
            throw new RuleViolationException("error.required", "consent");
        }
        if (note != null && note.trim().length() > 500) {
            throw new RuleViolationException("error.task.quoteTooLong", "note", 500);
        }
        Quote q = new Quote();
        q.amount = amount;
        q.description = description;
        q.quotedBy = quotedBy;
        q.quotedAt = quotedAt;
        q.decision = accepted ? Decision.ACCEPTED : Decision.REFUSED;
        q.decidedBy = decidedBy.trim();
        q.consent = consent;
        q.note = note == null || note.isBlank() ? null : note.trim();
        q.recordedBy = recordedBy;
        q.decidedAt = at;
        return q;
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }

    public boolean isPending() {
        return decision == null;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }

    public String getQuotedBy() {
        return quotedBy;
    }

    public OffsetDateTime getQuotedAt() {
        return quotedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public QuoteConsent getConsent() {
        return consent;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
