package org.estatedesk.passes;

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
 * A copy archived with a pass (R3.6): for a hot-work permit the welder's certificate and the identity document, for
 * any pass the identity document or the temporary residence permit. Kept in the database like every attachment
 * ({@link org.estatedesk.shared.StoredFile}).
 */
@Entity
@Table(name = "pass_attachment")
public class PassAttachment extends FormAttachment {
    public enum Kind {
        WELDING_CERTIFICATE, IDENTITY_COPY, RESIDENCE_PERMIT, OTHER
    }

    /** An attachment without its content. */
    public record Info(long id, long passId, Kind kind, String fileName, String contentType, int size,
            String uploadedBy, OffsetDateTime uploadedAt) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pass_attachment_seq")
    @SequenceGenerator(name = "pass_attachment_seq", sequenceName = "pass_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "pass_id", nullable = false)
    private Long passId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    protected PassAttachment() {
    }

    public PassAttachment(Pass pass, Kind kind, String fileName, String contentType, byte[] content, String by,
            OffsetDateTime at) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        this.passId = pass.getId();
        this.kind = kind;
        attach(fileName, contentType, content, by, at);
    }

    public Info info() {
        return new Info(id, passId, kind, getFileName(), getContentType(), getSize(), getUploadedBy(),
                getUploadedAt());
    }

    public Long getId() {
        return id;
    }

    public Long getPassId() {
        return passId;
    }

    public Kind getKind() {
        return kind;
    }
}
