package org.estatedesk.owners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.estatedesk.shared.RuleViolationException;

/**
 * A period in which a person owned, occupied or rented a unit (R0.4). A change of owner ends the current
 * owner's period and starts the new one; rows are never deleted, so the history stays.
 */
@Entity
@Table(name = "ownership")
public class Ownership {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ownership_seq")
    @SequenceGenerator(name = "ownership_seq", sequenceName = "ownership_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OwnershipRelation relation;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String note;

    @Version
    private int version;

    protected Ownership() {
    }

    public Ownership(long unitId, long ownerId, OwnershipRelation relation, LocalDate startDate, String note) {
        this.unitId = unitId;
        this.ownerId = ownerId;
        this.relation = relation;
        this.startDate = startDate;
        this.note = note;
    }

    public boolean isCurrent() {
        return endDate == null;
    }

    /** Closes the period; the end may not lie before its start. */
    public void end(LocalDate on) {
        if (endDate != null) {
            throw new RuleViolationException("error.ownership.alreadyEnded", "endDate");
        }
        if (on.isBefore(startDate)) {
            throw new RuleViolationException("error.ownership.endBeforeStart", "date", startDate);
        }
        this.endDate = on;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public OwnershipRelation getRelation() {
        return relation;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getNote() {
        return note;
    }
}
