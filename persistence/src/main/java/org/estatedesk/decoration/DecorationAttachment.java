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
import org.estatedesk.shared.StoredFile;

/**
 * A document uploaded for a decoration application (R3.1): the owner's and the decoration company's identity
 * documents, licence, drawings, the agreement. Kept in the database, at most {@link #MAX_BYTES}; lists read
 * {@link AttachmentInfo} so that the content is loaded only for a download.
 */
@Entity
@Table(name = "decoration_attachment")
public class DecorationAttachment {
    public static final int MAX_BYTES = StoredFile.MAX_BYTES;

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

    @jakarta.persistence.Embedded
    private StoredFile file;

    protected DecorationAttachment() {
    }

    /** A document; refused when empty, larger than the limit, without a kind or a name. */
    public DecorationAttachment(DecorationApplication application, AttachmentKind kind, String fileName,
            String contentType, byte[] content, String by, OffsetDateTime now) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        this.applicationId = application.getId();
        this.kind = kind;
        this.file = StoredFile.of(fileName, contentType, content, by, now);
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, applicationId, kind, file.getFileName(), file.getContentType(), file.getSize(),
                file.getUploadedBy(), file.getUploadedAt());
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
        return file.getFileName();
    }

    public String getContentType() {
        return file.getContentType();
    }

    public int getSize() {
        return file.getSize();
    }

    public byte[] getContent() {
        return file.getContent();
    }

    public String getUploadedBy() {
        return file.getUploadedBy();
    }

    public OffsetDateTime getUploadedAt() {
        return file.getUploadedAt();
    }
}
