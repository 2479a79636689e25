package org.estatedesk.archives;

import jakarta.persistence.AttributeOverride;
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

/** One line of a file's history (R5.2): a change or an access, who, when, on which item, with a detail. */
@Entity
@Table(name = "archive_event")
@AttributeOverride(name = "comment", column = @Column(name = "detail", length = HistoryEntry.MAX_COMMENT))
public class ArchiveEvent extends HistoryEntry {
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArchiveAction action;

    protected ArchiveEvent() {
    }

    public ArchiveEvent(ArchiveFile file, Long itemId, ArchiveAction action, String actor, String detail,
            OffsetDateTime at) {
        super(at, actor, cut(detail));
        this.fileId = file.getId();
        this.companyId = file.getCompanyId();
        this.itemId = itemId;
        this.action = action;
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

    public ArchiveAction getAction() {
        return action;
    }

    /** The detail of the change or access (kept in the column {@code detail}). */
    public String getDetail() {
        return getComment();
    }
}
