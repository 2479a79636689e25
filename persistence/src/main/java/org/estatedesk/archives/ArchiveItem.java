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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * One document of a file (R5.2): its type, title, where the paper is kept and, for documents that lapse (an identity
 * copy, a lease), its expiry. Carries the file's company, estate and unit so that the archive audit finds a unit's
 * documents by an index. A removed item stays, marked, as history.
 */
@Entity
@Table(name = "archive_item")
public class ArchiveItem implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_item_seq")
    @SequenceGenerator(name = "archive_item_seq", sequenceName = "archive_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 40)
    private DocumentType docType;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 200)
    @Column(length = 200)
    private String location;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(nullable = false)
    private boolean removed;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected ArchiveItem() {
    }

    public ArchiveItem(ArchiveFile file, DocumentType docType, String title, String location, LocalDate expiresOn,
            String by, OffsetDateTime now) {
        this.fileId = file.getId();
        this.companyId = file.getCompanyId();
        this.estateId = file.getEstateId();
        this.unitId = file.getUnitId();
        describe(docType, title, location, expiresOn);
        this.createdBy = by;
        this.createdAt = now;
    }

    private void describe(DocumentType type, String newTitle, String newLocation, LocalDate expiry) {
        if (type == null) {
            throw new RuleViolationException("error.required", "docType");
        }
        this.docType = type;
        this.title = newTitle == null ? null : newTitle.trim();
        this.location = newLocation == null || newLocation.isBlank() ? null : newLocation.trim();
        this.expiresOn = expiry;
    }

    /**
     * Changes the item's description; returns what changed ("field: old → new", one per field), empty when
     * nothing did. A removed item cannot change.
     */
    public List<String> change(DocumentType type, String newTitle, String newLocation, LocalDate expiry) {
        if (removed) {
            throw new ConflictException("error.archive.itemRemoved", id);
        }
        List<String> changes = new ArrayList<>();
        DocumentType oldType = docType;
        String oldTitle = title;
        String oldLocation = location;
        LocalDate oldExpiry = expiresOn;
        describe(type, newTitle, newLocation, expiry);
        diff(changes, "docType", oldType, docType);
        diff(changes, "title", oldTitle, title);
        diff(changes, "location", oldLocation, location);
        diff(changes, "expiresOn", oldExpiry, expiresOn);
        return changes;
    }

    private static void diff(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    public void remove() {
        if (removed) {
            throw new ConflictException("error.archive.itemRemoved", id);
        }
        removed = true;
    }

    /** Past its expiry on that day (R5.3's "expired documents"). */
    public boolean isExpired(LocalDate today) {
        return !removed && expiresOn != null && expiresOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
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

    public DocumentType getDocType() {
        return docType;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isRemoved() {
        return removed;
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
