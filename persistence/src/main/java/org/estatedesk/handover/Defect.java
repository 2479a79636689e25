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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.estatedesk.shared.Versioned;

/**
 * A defect found in an inspection (B2): where (unit, room), what (a category of the standard library, a
 * description), how serious ({@link Severity}), who rectifies it ({@link #getContractorId()}, null: the property's
 * engineering department, decided by {@link DefectRouting}), by when, and its {@link DefectState}.
 */
@Entity
@Table(name = "defect")
public class Defect implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "defect_seq")
    @SequenceGenerator(name = "defect_seq", sequenceName = "defect_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "batch_id", nullable = false)
    private Long batchId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "building_id")
    private Long buildingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Room room;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DefectState state = DefectState.RECORDED;

    @Column(name = "contractor_id")
    private Long contractorId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private int version;

    protected Defect() {
    }

    /** A defect as the inspector records it, already routed ({@code contractorId}) and due ({@code dueDate}). */
    public Defect(InspectionBatch batch, InspectedUnit unit, Room room, long categoryId, String categoryCode,
            String description, Severity severity, Long contractorId, LocalDate dueDate, String by,
            OffsetDateTime at) {
        this.companyId = batch.getCompanyId();
        this.estateId = batch.getEstateId();
        this.batchId = batch.getId();
        this.unitId = unit.getUnitId();
        this.buildingId = unit.getBuildingId();
        this.room = room;
        this.categoryId = categoryId;
        this.categoryCode = categoryCode;
        this.description = description == null ? null : description.trim();
        this.severity = severity;
        this.contractorId = contractorId;
        this.dueDate = dueDate;
        this.recordedBy = by;
        this.recordedAt = at;
        unit.defectRecorded(by, at);
    }

    /** The first hop, once the defect has its id. */
    public DefectHop recorded() {
        return new DefectHop(id, recordedAt, recordedBy, "RECORD", null, DefectState.RECORDED, null);
    }

    /** Does {@code action}; an action the state does not allow is a conflict and changes nothing. */
    public DefectHop act(DefectState.Action action, String by, OffsetDateTime at, String comment) {
        DefectState from = state;
        state = state.after(action);
        closedAt = state.isOpen() ? null : at;
        return new DefectHop(id, at, by, action.name(), from, state, comment);
    }

    /** Past its due date while still waiting on the contractor (or engineering). */
    public boolean isOverdue(LocalDate today) {
        return DefectState.WITH_CONTRACTOR.contains(state) && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
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

    public Room getRoom() {
        return room;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getDescription() {
        return description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public DefectState getState() {
        return state;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
