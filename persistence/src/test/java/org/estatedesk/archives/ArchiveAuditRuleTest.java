package org.estatedesk.archives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.estatedesk.estates.UnitState;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R5.3's checks: which required document is missing or expired for a unit in its state, what is overdue. */
class ArchiveAuditRuleTest {
    private static final long COMPANY = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    private static final ArchiveAuditRule RULE = new ArchiveAuditRule(List.of(
            new ArchiveRequirement(COMPANY, UnitState.HANDED_OVER, DocumentType.PURCHASE_CONTRACT),
            new ArchiveRequirement(COMPANY, UnitState.HANDED_OVER, DocumentType.IDENTITY_COPY),
            new ArchiveRequirement(COMPANY, UnitState.HANDED_OVER, DocumentType.MOVE_IN_FORM),
            new ArchiveRequirement(COMPANY, UnitState.LET, DocumentType.PURCHASE_CONTRACT),
            new ArchiveRequirement(COMPANY, UnitState.LET, DocumentType.LEASE_CONTRACT),
            new ArchiveRequirement(COMPANY, UnitState.DECORATING, DocumentType.DECORATION_FILE)), TODAY, NOW);

    private static ArchiveAuditRule.UnitToAudit unit(UnitState state) {
        return new ArchiveAuditRule.UnitToAudit(11, COMPANY, 3, "1-1-0101", state);
    }

    private static ArchiveAuditRule.Document doc(long id, DocumentType type, LocalDate expires) {
        return new ArchiveAuditRule.Document(id, 90, 3, 11L, "YZ-1-1-0101", type, type.name(), expires);
    }

    private static Set<String> subjects(List<ArchiveAuditRule.Draft> drafts, AuditFindingKind kind) {
        return drafts.stream().filter(d -> d.kind() == kind).map(ArchiveAuditRule.Draft::subject)
                .collect(Collectors.toSet());
    }

    @Test
    void theUnitStateChoosesTheRequiredDocuments() {
        assertEquals(EnumSet.of(DocumentType.PURCHASE_CONTRACT, DocumentType.IDENTITY_COPY,
                DocumentType.MOVE_IN_FORM), RULE.required(UnitState.HANDED_OVER));
        assertEquals(EnumSet.of(DocumentType.PURCHASE_CONTRACT, DocumentType.LEASE_CONTRACT),
                RULE.required(UnitState.LET));
        assertTrue(RULE.required(UnitState.VACANT).isEmpty(), "a state without a list requires nothing");
    }

    @Test
    void aRequiredDocumentNoFileHoldsIsMissing() {
        List<ArchiveAuditRule.Document> docs = List.of(doc(1, DocumentType.PURCHASE_CONTRACT, null),
                doc(2, DocumentType.OTHER, null));
        assertEquals(EnumSet.of(DocumentType.IDENTITY_COPY, DocumentType.MOVE_IN_FORM),
                RULE.missing(UnitState.HANDED_OVER, docs));
        // the same documents, the unit let: the lease is what is missing now
        assertEquals(EnumSet.of(DocumentType.LEASE_CONTRACT), RULE.missing(UnitState.LET, docs));
        assertTrue(RULE.missing(UnitState.VACANT, List.of()).isEmpty());

        List<ArchiveAuditRule.Draft> found = RULE.unit(unit(UnitState.HANDED_OVER), docs, List.of(), List.of());
        assertEquals(Set.of("IDENTITY_COPY", "MOVE_IN_FORM"), subjects(found, AuditFindingKind.MISSING_DOCUMENT));
        assertEquals(2, found.size(), "nothing else is wrong");
        ArchiveAuditRule.Draft d = found.get(0);
        assertEquals(11L, d.unitId());
        assertEquals(3, d.estateId());
        assertEquals("1-1-0101", d.unitCode());
        assertEquals("HANDED_OVER", d.detail());
    }

    @Test
    void anExpiredDocumentIsReportedAsExpiredNotAsMissing() {
        List<ArchiveAuditRule.Document> docs = List.of(doc(1, DocumentType.PURCHASE_CONTRACT, null),
                doc(2, DocumentType.IDENTITY_COPY, TODAY.minusDays(1)),
                doc(3, DocumentType.MOVE_IN_FORM, TODAY),
                doc(4, DocumentType.OTHER, TODAY.minusYears(1)));
        List<ArchiveAuditRule.Draft> found = RULE.unit(unit(UnitState.HANDED_OVER), docs, List.of(), List.of());
        assertTrue(subjects(found, AuditFindingKind.MISSING_DOCUMENT).isEmpty());
        // expiring today is still valid; a document nobody requires expires too
        assertEquals(Set.of("item:2", "item:4"), subjects(found, AuditFindingKind.EXPIRED_DOCUMENT));
        ArchiveAuditRule.Draft expired = found.stream().filter(x -> x.subject().equals("item:2")).findFirst()
                .orElseThrow();
        assertEquals(90L, expired.fileId());
        assertTrue(expired.detail().contains("YZ-1-1-0101") && expired.detail().contains("2026-12-02"),
                expired.detail());
    }

    @Test
    void borrowingsAndLoansPastTheirDueTimeAreOverdue() {
        List<ArchiveAuditRule.Borrow> borrows = List.of(
                new ArchiveAuditRule.Borrow(5, 90, 3, 11L, "YZ-1-1-0101", "assistant", NOW.minusMinutes(1)),
                new ArchiveAuditRule.Borrow(6, 90, 3, 11L, "YZ-1-1-0101", "assistant", NOW.plusMinutes(1)));
        List<ArchiveAuditRule.Loan> loans = List.of(
                new ArchiveAuditRule.Loan(8, 3, 11L, "1-1-0101-MB", KeyCategory.OWNER_MAILBOX, "张三",
                        NOW.minusDays(1)),
                new ArchiveAuditRule.Loan(9, 3, 11L, "1-1-0101-FD", KeyCategory.OWNER_SECURITY_DOOR, "李四", NOW));
        List<ArchiveAuditRule.Draft> found = RULE.unit(unit(UnitState.VACANT), List.of(), borrows, loans);
        assertEquals(Set.of("borrow:5"), subjects(found, AuditFindingKind.OVERDUE_BORROW));
        assertEquals(Set.of("loan:8"), subjects(found, AuditFindingKind.OVERDUE_KEY), "due now is not overdue yet");
        assertEquals(2, found.size());
        String keyDetail = found.stream().filter(x -> x.kind() == AuditFindingKind.OVERDUE_KEY).findFirst()
                .orElseThrow().detail();
        assertTrue(keyDetail.contains("1-1-0101-MB") && keyDetail.contains("2026-12-02 10:00"), keyDetail);
    }

    @Test
    void anEstateReportsItsCategoriesWithoutSpareAndWhatBelongsToNoUnit() {
        ArchiveAuditRule.Document drawing = new ArchiveAuditRule.Document(20, 91, 3, null, "GC-01",
                DocumentType.CONSTRUCTION_DRAWING, "竣工图", TODAY.minusDays(3));
        ArchiveAuditRule.Loan pumpRoom = new ArchiveAuditRule.Loan(21, 3, null, "PUMP-1",
                KeyCategory.EQUIPMENT_ROOM, "郑师傅", NOW.minusHours(2));
        List<ArchiveAuditRule.Draft> found = RULE.estate(3, List.of(drawing), List.of(), List.of(pumpRoom),
                List.of(KeyCategory.OWNER_MAILBOX, KeyCategory.PUBLIC_DOOR));
        assertEquals(Set.of("OWNER_MAILBOX", "PUBLIC_DOOR"), subjects(found, AuditFindingKind.MISSING_SPARE));
        assertEquals(Set.of("item:20"), subjects(found, AuditFindingKind.EXPIRED_DOCUMENT));
        assertEquals(Set.of("loan:21"), subjects(found, AuditFindingKind.OVERDUE_KEY));
        assertTrue(found.stream().allMatch(d -> d.unitId() == null && d.estateId() == 3));
    }

    @Test
    void aFindingIsClosedOnceWithAComment() {
        ArchiveAuditFinding f = new ArchiveAuditFinding(1, COMPANY, new ArchiveAuditRule.Draft(3, 11L, "1-1-0101",
                AuditFindingKind.MISSING_DOCUMENT, "IDENTITY_COPY", null, "HANDED_OVER"), "archivist", NOW);
        assertEquals(FindingState.OPEN, f.getState());
        assertEquals("archivist", f.getAssignee());
        assertThrows(RuleViolationException.class, () -> f.close("archivist", " ", NOW));
        assertEquals(FindingState.OPEN, f.getState());
        f.close("archivist", "已补齐身份证复印件", NOW);
        assertEquals(FindingState.CLOSED, f.getState());
        assertEquals("archivist", f.getClosedBy());
        assertEquals("已补齐身份证复印件", f.getCloseComment());
        assertThrows(ConflictException.class, () -> f.close("manager", "again", NOW));
        assertNull(new ArchiveAuditFinding(1, COMPANY, new ArchiveAuditRule.Draft(3, null, null,
                AuditFindingKind.MISSING_SPARE, "PUBLIC_DOOR", null, "PUBLIC_DOOR"), null, NOW).getAssignee());
    }
}
