package org.estatedesk.archives;

import java.util.List;

/**
 * A file with its estate's name, its items (removed ones too), the copies' descriptions, its borrowings, its history
 * (newest first), and whether the caller may open the copies now.
 */
public record ArchiveDetail(ArchiveFile file, String estateName, List<ArchiveItem> items,
        List<ArchiveAttachment.Info> attachments, List<ArchiveBorrow> borrows, List<ArchiveEvent> events,
        boolean canRead) {
}
