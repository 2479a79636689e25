package org.estatedesk.archives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.estatedesk.shared.FormAttachment;

/**
 * A scanned copy of an archive item (R5.2), kept in the database like a decoration document, at most
 * {@link #MAX_BYTES}; lists read {@link Info} so that the content is loaded only for a download.
 */
@Entity
@Table(name = "archive_attachment")
public class ArchiveAttachment extends FormAttachment {
    /** An attachment without its content. */
    public record Info(long id, long itemId, long fileId, String fileName, String contentType, int size,
            String uploadedBy, OffsetDateTime uploadedAt) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_attachment_seq")
    @SequenceGenerator(name = "archive_attachment_seq", sequenceName = "archive_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    protected ArchiveAttachment() {
    }

    /** A copy; refused when empty, larger than the limit or without a name. */
    public ArchiveAttachment(ArchiveItem item, String fileName, String contentType, byte[] content, String by,
            OffsetDateTime now) {
        this.itemId = item.getId();
        this.fileId = item.getFileId();
        attach(fileName, contentType, content, by, now);
    }

    public Info info() {
        return new Info(id, itemId, fileId, getFileName(), getContentType(), getSize(), getUploadedBy(),
                getUploadedAt());
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getFileId() {
        return fileId;
    }
}
