package org.estatedesk.servicedesk;

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
 * A picture of the work order (R1.6, issue 20): the place before and after the repair, taken with the technician's
 * phone, and the owner's signature drawn on its screen. Images only; kept in the database like every attachment
 * ({@link org.estatedesk.shared.StoredFile}).
 */
@Entity
@Table(name = "task_photo")
public class TaskPhoto extends FormAttachment {
    public enum Kind {
        BEFORE, AFTER, SIGNATURE
    }

    /** A photo without its content. */
    public record Info(long id, long taskId, Kind kind, String fileName, String contentType, int size,
            String uploadedBy, OffsetDateTime uploadedAt) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_photo_seq")
    @SequenceGenerator(name = "task_photo_seq", sequenceName = "task_photo_seq", allocationSize = 50)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    protected TaskPhoto() {
    }

    /** A photo of {@code task}; refused unless it is an image ({@code error.task.photoNotImage}). */
    public TaskPhoto(Task task, Kind kind, String fileName, String contentType, byte[] content, String by,
            OffsetDateTime at) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
            throw new RuleViolationException("error.task.photoNotImage", "file");
        }
        this.taskId = task.getId();
        this.kind = kind;
        attach(fileName, contentType, content, by, at);
    }

    public Info info() {
        return new Info(id, taskId, kind, getFileName(), getContentType(), getSize(), getUploadedBy(),
                getUploadedAt());
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Kind getKind() {
        return kind;
    }
}
