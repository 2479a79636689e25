package org.estatedesk.decoration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.estatedesk.shared.HistoryEntry;

/** One line of a decoration application's history (R3.1): who did what, when, at which approval step, and why. */
@Entity
@Table(name = "decoration_event")
public class DecorationEvent extends HistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decoration_event_seq")
    @SequenceGenerator(name = "decoration_event_seq", sequenceName = "decoration_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecorationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private DecorationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private DecorationState toState;

    @Column(name = "round_no", nullable = false)
    private int round;

    private String step;

    protected DecorationEvent() {
    }

    DecorationEvent(Long applicationId, OffsetDateTime at, String actor, DecorationAction action,
            DecorationState from, DecorationState to, int round, String step, String comment) {
        super(at, actor, note(comment));
        this.applicationId = applicationId;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.round = round;
        this.step = step;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public DecorationAction getAction() {
        return action;
    }

    public DecorationState getFromState() {
        return fromState;
    }

    public DecorationState getToState() {
        return toState;
    }

    public int getRound() {
        return round;
    }

    public String getStep() {
        return step;
    }
}
