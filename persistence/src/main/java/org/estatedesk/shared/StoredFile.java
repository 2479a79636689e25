package org.estatedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * An uploaded document kept in the database (identity copies, drawings, certificates …): its name without any
 * client path, its content type, size and bytes, who uploaded it and when. At most {@link #MAX_BYTES}; refused when
 * empty or without a name. Embedded by every capability's attachment entity (decoration, archives, passes) in the
 * same columns, so that the rules live here once; lists read the columns without {@code content}. Only documents
 * and pictures are kept, and only when their bytes are what they claim to be ({@link FileType}).
 */
@Embeddable
public class StoredFile {
    public static final int MAX_BYTES = 5 * 1024 * 1024;

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

    protected StoredFile() {
    }

    public static StoredFile of(String fileName, String contentType, byte[] content, String by, OffsetDateTime at) {
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
        String type = FileType.checked(contentType, content);
        StoredFile f = new StoredFile();
        f.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        f.contentType = type;
        f.content = content.clone();
        f.size = content.length;
        f.uploadedBy = by;
        f.uploadedAt = at;
        return f;
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
