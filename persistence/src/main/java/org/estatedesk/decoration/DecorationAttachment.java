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
import org.estatedesk.shared.FormAttachment;
import org.estatedesk.shared.RuleViolationException;

/**
 * A document uploaded for a decoration application (R3.1): the owner's and the decoration company's identity
 * documents, licence, drawings, the agreement. Kept in the database, at most {@link #MAX_BYTES}; lists read
 * {@link AttachmentInfo} so that the content is loaded only for a download.
 */
@Entity
@Table(name = "decoration_attachment")
public class DecorationAttachment extends FormAttachment {
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
        attach(fileName, contentType, content, by, now);
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, applicationId, kind, getFileName(), getContentType(), getSize(), getUploadedBy(),
                getUploadedAt());
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
}
