package org.estatedesk.archives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;

/**
 * A scanned copy of an archive item (R5.2), kept in the database like a decoration document, at most
 * {@link #MAX_BYTES}; lists read {@link Info} so that the content is loaded only for a download.
 */
@Entity
@Table(name = "archive_attachment")
public class ArchiveAttachment {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

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

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected ArchiveAttachment() {
    }

    /** A copy; refused when empty, larger than the limit or without a name. */
    public ArchiveAttachment(ArchiveItem item, String fileName, String contentType, byte[] content, String by,
            OffsetDateTime now) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        if (name.isEmpty()) {
            throw new RuleViolationException("error.required", "fileName");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolationException("error.attachment.empty", "file");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("error.attachment.tooLarge", "file", MAX_BYTES / 1024 / 1024);
        }
        this.itemId = item.getId();
        this.fileId = item.getFileId();
        this.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        this.contentType = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType.trim();
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public Info info() {
        return new Info(id, itemId, fileId, fileName, contentType, size, uploadedBy, uploadedAt);
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

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
