package org.estatedesk.archives;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Archive files, their items, copies, borrowing and history (R5.2), read through the caller's data scope. */
public interface ArchiveRepository {
    /** A file in a list: how many live items it holds and whether it is out (borrowed) now. */
    record FileRow(ArchiveFile file, String estateName, long items, boolean out) {
    }

    /** A borrowing with its file. */
    record BorrowRow(ArchiveBorrow borrow, ArchiveFile file) {
    }

    Optional<ArchiveFile> find(long id, DataScope scope);

    Optional<ArchiveFile> byId(long id);

    /**
     * The file, its row locked until the transaction ends: requests to borrow the paper file queue here, so that
     * the check for an open borrow sees the one a concurrent request just stored.
     */
    Optional<ArchiveFile> byIdForUpdate(long id);

    /** Files by estate, unit (code contains), kind; newest first. */
    Page<FileRow> page(Long estateId, Long unitId, String unitCode, ArchiveKind kind, DataScope scope,
            PageRequest page);

    boolean fileNoExists(long estateId, String fileNo);

    /** A file's items in order, the removed ones too. */
    List<ArchiveItem> items(long fileId);

    Optional<ArchiveItem> item(long fileId, long itemId);

    List<ArchiveAttachment.Info> attachments(long fileId);

    Optional<ArchiveAttachment> attachment(long fileId, long attachmentId);

    /** A file's history, newest first. */
    List<ArchiveEvent> events(long fileId);

    List<ArchiveBorrow> borrowsOf(long fileId);

    Optional<ArchiveBorrow> borrow(long id, DataScope scope);

    Optional<ArchiveBorrow> borrowById(long id);

    /** Whether the paper file is lent or promised (a BORROW requested or out). */
    boolean borrowOpen(long fileId);

    /** Borrowings newest first; {@code overdue}: out past their due time; {@code borrower}: only his. */
    Page<BorrowRow> borrows(Long estateId, BorrowState state, boolean overdue, String borrower, OffsetDateTime now,
            DataScope scope, PageRequest page);

    long countOverdue(OffsetDateTime now, DataScope scope);

    /** The company's required documents, by unit state and type. */
    List<ArchiveRequirement> requirements(long companyId);

    void replaceRequirements(long companyId, org.estatedesk.estates.UnitState state, List<DocumentType> types);

    void store(ArchiveFile file);

    void store(ArchiveItem item);

    void store(ArchiveAttachment attachment);

    void store(ArchiveBorrow borrow);

    void store(ArchiveEvent event);

    void store(ArchiveRequirement requirement);
}
