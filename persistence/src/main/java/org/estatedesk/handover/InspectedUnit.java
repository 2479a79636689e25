package org.estatedesk.handover;

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
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;

/** A unit of an inspection batch and how its inspection stands ({@link UnitInspection}). */
@Entity
@Table(name = "inspection_unit")
public class InspectedUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_unit_seq")
    @SequenceGenerator(name = "inspection_unit_seq", sequenceName = "inspection_unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private Long batchId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "building_id")
    private Long buildingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitInspection state = UnitInspection.PENDING;

    @Column(name = "inspected_by", length = 60)
    private String inspectedBy;

    @Column(name = "inspected_at")
    private OffsetDateTime inspectedAt;

    @Version
    private int version;

    protected InspectedUnit() {
    }

    public InspectedUnit(long batchId, long unitId, Long buildingId) {
        this.batchId = batchId;
        this.unitId = unitId;
        this.buildingId = buildingId;
    }

    /** Inspected and found without defects; a unit with defects recorded cannot be clean (409). */
    public void clean(String by, OffsetDateTime at) {
        if (state == UnitInspection.WITH_DEFECTS) {
            throw new ConflictException("error.inspection.hasDefects", unitId);
        }
        state = UnitInspection.CLEAN;
        inspectedBy = by;
        inspectedAt = at;
    }

    /** A defect was recorded in this unit (a unit first found clean and then with a defect is no longer clean). */
    public void defectRecorded(String by, OffsetDateTime at) {
        state = UnitInspection.WITH_DEFECTS;
        inspectedBy = by;
        inspectedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public UnitInspection getState() {
        return state;
    }

    public String getInspectedBy() {
        return inspectedBy;
    }

    public OffsetDateTime getInspectedAt() {
        return inspectedAt;
    }
}
