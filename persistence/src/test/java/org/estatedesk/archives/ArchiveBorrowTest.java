package org.estatedesk.archives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Borrowing and reading an archive file (R5.2) and the changes of its items. */
class ArchiveBorrowTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final ArchiveFile FILE = new ArchiveFile(1, 2, ArchiveKind.OWNER, 10L, "1-1-0101", 20L, "DA-1",
            "业主档案", "A 柜 3 层", "archivist", T0);

    @Test
    void aBorrowWaitsForTheManagerThenGrantsItsBorrowerUntilTheDueTime() {
        ArchiveBorrow b = new ArchiveBorrow(FILE, BorrowKind.READ, "assistant", "核对合同", T0.plusDays(2), false, T0);
        assertEquals(BorrowState.REQUESTED, b.getState());
        assertFalse(b.grants("assistant", T0), "nothing before the approval");
        b.approve("manager", "同意", T0.plusHours(1));
        assertEquals(BorrowState.OUT, b.getState());
        assertTrue(b.grants("assistant", T0.plusHours(2)));
        assertFalse(b.grants("frontdesk", T0.plusHours(2)), "only its borrower");
        assertFalse(b.grants("assistant", T0.plusDays(3)), "not after the due time");
        assertTrue(b.isOverdue(T0.plusDays(3)));
        assertThrows(ConflictException.class, () -> b.approve("manager", null, T0), "decided once");
        b.returned("archivist", T0.plusDays(3));
        assertEquals(BorrowState.RETURNED, b.getState());
        assertFalse(b.isOverdue(T0.plusDays(4)));
        assertThrows(ConflictException.class, () -> b.returned("archivist", T0.plusDays(4)));
    }

    @Test
    void anHqInspectionIsGrantedAtOnceAndARejectionEndsTheRequest() {
        ArchiveBorrow hq = new ArchiveBorrow(FILE, BorrowKind.BORROW, "admin", "集团检查", T0.plusDays(1), true, T0);
        assertEquals(BorrowState.OUT, hq.getState());
        assertTrue(hq.grants("admin", T0));
        ArchiveBorrow r = new ArchiveBorrow(FILE, BorrowKind.BORROW, "assistant", "复印", T0.plusDays(1), false, T0);
        r.reject("manager", "无必要", T0);
        assertEquals(BorrowState.REJECTED, r.getState());
        assertThrows(ConflictException.class, () -> r.returned("archivist", T0));
        assertThrows(RuleViolationException.class, () -> new ArchiveBorrow(FILE, BorrowKind.READ, "a", " ",
                T0.plusDays(1), false, T0));
        assertThrows(RuleViolationException.class, () -> new ArchiveBorrow(FILE, BorrowKind.READ, "a", "x", T0,
                false, T0));
    }

    @Test
    void itemChangesAreDescribedAndRemovedItemsStay() {
        ArchiveItem item = new ArchiveItem(FILE, DocumentType.IDENTITY_COPY, "身份证复印件", "A 柜", LocalDate.of(2027, 1,
                1), "archivist", T0);
        assertEquals(10L, item.getUnitId(), "the unit is carried for the audit");
        assertEquals(List.of(), item.change(DocumentType.IDENTITY_COPY, "身份证复印件", "A 柜", LocalDate.of(2027, 1, 1)));
        assertEquals(List.of("location: A 柜 → B 柜", "expiresOn: 2027-01-01 → —"), item.change(
                DocumentType.IDENTITY_COPY, "身份证复印件", "B 柜", null));
        assertFalse(item.isExpired(LocalDate.of(2030, 1, 1)));
        item.change(DocumentType.IDENTITY_COPY, "身份证复印件", "B 柜", LocalDate.of(2026, 11, 30));
        assertTrue(item.isExpired(LocalDate.of(2026, 12, 1)));
        item.remove();
        assertFalse(item.isExpired(LocalDate.of(2026, 12, 1)), "a removed item no longer counts");
        assertThrows(ConflictException.class, item::remove);
        assertThrows(RuleViolationException.class, () -> new ArchiveFile(1, 2, ArchiveKind.UNIT, null, null, null,
                "X", "x", null, "a", T0), "a unit file names its unit");
    }
}
