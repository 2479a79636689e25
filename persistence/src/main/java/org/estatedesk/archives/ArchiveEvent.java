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
import java.time.OffsetDateTime;

/** One line of a file's history (R5.2): a change or an access, who, when, on which item, with a detail. */
@Entity
@Table(name = "archive_event")
public class ArchiveEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_event_seq")
    @SequenceGenerator(name = "archive_event_seq", sequenceName = "archive_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArchiveAction action;

    @Column(length = 1000)
    private String detail;

    protected ArchiveEvent() {
    }

    public ArchiveEvent(ArchiveFile file, Long itemId, ArchiveAction action, String actor, String detail,
            OffsetDateTime at) {
        this.fileId = file.getId();
        this.companyId = file.getCompanyId();
        this.itemId = itemId;
        this.action = action;
        this.actor = actor;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public Long getItemId() {
        return itemId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ArchiveAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
