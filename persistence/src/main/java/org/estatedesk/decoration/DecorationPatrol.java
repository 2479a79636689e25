package org.estatedesk.decoration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.estatedesk.shared.RuleViolationException;

/**
 * One visit of a CS assistant to a unit under decoration (装修巡查, R3.3): the checklist items that failed (every
 * other item passed) and remarks. Written once, never changed; each failed item that is a violation opens a
 * {@link DecorationViolation}.
 */
@Entity
@Table(name = "decoration_patrol")
public class DecorationPatrol {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decoration_patrol_seq")
    @SequenceGenerator(name = "decoration_patrol_seq", sequenceName = "decoration_patrol_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "patrolled_at", nullable = false)
    private OffsetDateTime patrolledAt;

    @Column(name = "patrolled_by", nullable = false)
    private String patrolledBy;

    /** The failed items' names, comma-separated in checklist order; empty when everything passed. */
    @Column(name = "failed_items", nullable = false)
    private String failedItems;

    private String remarks;

    protected DecorationPatrol() {
    }

    /** A patrol of a decoration with a permit (PERMIT_ISSUED: the works run). */
    public DecorationPatrol(DecorationApplication a, Collection<PatrolItem> failed, String remarks, String by,
            OffsetDateTime at) {
        if (a.getState() != DecorationState.PERMIT_ISSUED) {
            throw new org.estatedesk.shared.ConflictException("error.patrol.notRunning", a.getState());
        }
        String text = remarks == null || remarks.isBlank() ? null : remarks.trim();
        if (text != null && text.length() > 1000) {
            throw new RuleViolationException("error.decoration.tooLong", "remarks", 1000);
        }
        this.applicationId = a.getId();
        this.companyId = a.getCompanyId();
        this.estateId = a.getEstateId();
        this.unitId = a.getUnitId();
        this.unitCode = a.getUnitCode();
        this.failedItems = (failed == null || failed.isEmpty() ? EnumSet.noneOf(PatrolItem.class)
                : EnumSet.copyOf(failed)).stream().map(Enum::name).collect(Collectors.joining(","));
        this.remarks = text;
        this.patrolledBy = by;
        this.patrolledAt = at;
    }

    public Set<PatrolItem> getFailed() {
        EnumSet<PatrolItem> set = EnumSet.noneOf(PatrolItem.class);
        if (!failedItems.isEmpty()) {
            Arrays.stream(failedItems.split(",")).map(PatrolItem::valueOf).forEach(set::add);
        }
        return set;
    }

    /** The failed items that are violations (the reminders left out), in checklist order. */
    public Set<PatrolItem> getViolations() {
        EnumSet<PatrolItem> set = EnumSet.noneOf(PatrolItem.class);
        getFailed().stream().filter(PatrolItem::violation).forEach(set::add);
        return set;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public OffsetDateTime getPatrolledAt() {
        return patrolledAt;
    }

    public String getPatrolledBy() {
        return patrolledBy;
    }

    public String getRemarks() {
        return remarks;
    }
}
