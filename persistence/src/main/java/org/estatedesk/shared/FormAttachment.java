package org.estatedesk.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * A document uploaded to a form (decoration R3.1, archive item R5.2, pass R3.6): one mapping of the
 * {@link StoredFile} columns ({@code file_name}, {@code content_type}, {@code size_bytes}, {@code content},
 * {@code uploaded_by}, {@code uploaded_at}) for every attachment table. The subclass holds its id and what it is
 * attached to (and its kind where it has one).
 */
@MappedSuperclass
public abstract class FormAttachment {
    public static final int MAX_BYTES = StoredFile.MAX_BYTES;

    @Embedded
    private StoredFile file;

    protected FormAttachment() {
    }

    /**
     * Keeps the document, checked by {@link StoredFile#of}: refused when empty, too large, without a name or not what
     * it claims to be. Called once, by the subclass's constructor after its own checks.
     */
    protected final void attach(String fileName, String contentType, byte[] content, String by, OffsetDateTime at) {
        this.file = StoredFile.of(fileName, contentType, content, by, at);
    }

    public StoredFile getFile() {
        return file;
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
