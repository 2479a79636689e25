package org.estatedesk.decoration;

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
import org.estatedesk.shared.RuleViolationException;

/**
 * A document uploaded for a decoration application (R3.1): the owner's and the decoration company's identity
 * documents, licence, drawings, the agreement. Kept in the database, at most {@link #MAX_BYTES}; lists read
 * {@link AttachmentInfo} so that the content is loaded only for a download.
 */
@Entity
@Table(name = "decoration_attachment")
public class DecorationAttachment {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decoration_attachment_seq")
    @SequenceGenerator(name = "decoration_attachment_seq", sequenceName = "decoration_attachment_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AttachmentKind kind;

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

    protected DecorationAttachment() {
    }

    /** A document; refused when empty, larger than the limit, without a kind or a name. */
    public DecorationAttachment(DecorationApplication application, AttachmentKind kind, String fileName,
            String contentType, byte[] content, String by, OffsetDateTime now) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
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
        this.applicationId = application.getId();
        this.kind = kind;
        this.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        this.contentType = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType.trim();
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, applicationId, kind, fileName, contentType, size, uploadedBy, uploadedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public AttachmentKind getKind() {
        return kind;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
