package org.estatedesk.decoration;

import java.time.OffsetDateTime;

/** An attachment without its content: what lists show. */
public record AttachmentInfo(long id, long applicationId, AttachmentKind kind, String fileName, String contentType,
        int size, String uploadedBy, OffsetDateTime uploadedAt) {
}
