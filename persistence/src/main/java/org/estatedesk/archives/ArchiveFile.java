package org.estatedesk.archives;

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
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * An archive file (R5.2): an owner's or a unit's file (of a unit) or a construction file (of the estate), its number
 * within the estate, a title and where the folder is kept. Its documents are {@link ArchiveItem}s.
 */
@Entity
@Table(name = "archive_file")
public class ArchiveFile implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_file_seq")
    @SequenceGenerator(name = "archive_file_seq", sequenceName = "archive_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArchiveKind kind;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_code", length = 60)
    private String unitCode;

    @Column(name = "owner_id")
    private Long ownerId;

    @NotBlank
    @Size(max = 40)
    @Column(name = "file_no", nullable = false, length = 40)
    private String fileNo;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 200)
    @Column(length = 200)
    private String location;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected ArchiveFile() {
    }

    /** A new file; an owner's or a unit's file names its unit (and the owner of an owner's file). */
    public ArchiveFile(long companyId, long estateId, ArchiveKind kind, Long unitId, String unitCode, Long ownerId,
            String fileNo, String title, String location, String by, OffsetDateTime now) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        if (kind.perUnit() && unitId == null) {
            throw new RuleViolationException("error.archive.unitRequired", "unit");
        }
        this.companyId = companyId;
        this.estateId = estateId;
        this.kind = kind;
        this.unitId = kind.perUnit() ? unitId : null;
        this.unitCode = kind.perUnit() ? unitCode : null;
        this.ownerId = kind == ArchiveKind.OWNER ? ownerId : null;
        this.fileNo = fileNo == null ? null : fileNo.trim();
        this.title = title == null ? null : title.trim();
        this.location = location == null || location.isBlank() ? null : location.trim();
        this.createdBy = by;
        this.createdAt = now;
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

    public ArchiveKind getKind() {
        return kind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getFileNo() {
        return fileNo;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
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
