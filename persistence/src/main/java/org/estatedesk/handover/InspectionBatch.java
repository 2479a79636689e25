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
import java.time.OffsetDateTime;
import org.estatedesk.shared.Versioned;

/**
 * An inspection batch (C2, R2.1): a takeover acceptance, a mock inspection or the handover's joint inspection over
 * chosen units of one estate; its units are {@link InspectedUnit} rows, its findings {@link Defect}s.
 */
@Entity
@Table(name = "inspection_batch")
public class InspectionBatch implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_batch_seq")
    @SequenceGenerator(name = "inspection_batch_seq", sequenceName = "inspection_batch_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected InspectionBatch() {
    }

    public InspectionBatch(long companyId, long estateId, InspectionKind kind, String name, String createdBy,
            OffsetDateTime createdAt) {
        this.companyId = companyId;
        this.estateId = estateId;
        this.kind = kind;
        this.name = name == null ? null : name.trim();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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

    public InspectionKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
