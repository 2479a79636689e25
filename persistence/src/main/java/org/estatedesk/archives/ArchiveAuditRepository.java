package org.estatedesk.archives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/**
 * The archive audit (R5.3): what the job reads — units in keyset pages, and for a page of units (an id range of one
 * estate) their live documents, overdue borrowings and overdue key loans in one query each — and what it writes; the
 * audits and their findings as users read them, through their data scope.
 */
public interface ArchiveAuditRepository {
    /** What the findings list filters by; null: any. */
    record Filter(AuditFindingKind kind, Long estateId, FindingState state) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** A finding with its estate's name. */
    record Row(ArchiveAuditFinding finding, String estateName) {
    }

    /** The next units of an estate after {@code afterId}, in id order. */
    List<ArchiveAuditRule.UnitToAudit> units(long estateId, long afterId, int max);

    long countUnits(Collection<Long> estateIds);

    /** The live documents of the estate's units with ids in (afterId, lastId]. */
    List<ArchiveAuditRule.Document> documents(long estateId, long afterId, long lastId);

    /** The borrowings out past {@code now} of files of the estate's units with ids in (afterId, lastId]. */
    List<ArchiveAuditRule.Borrow> overdueBorrows(long estateId, long afterId, long lastId, OffsetDateTime now);

    /** The loans out past {@code now} of keys of the estate's units with ids in (afterId, lastId]. */
    List<ArchiveAuditRule.Loan> overdueLoans(long estateId, long afterId, long lastId, OffsetDateTime now);

    /** Documents of no unit (construction files) expired before {@code today}, of these estates. */
    List<ArchiveAuditRule.Document> estateExpired(Collection<Long> estateIds, LocalDate today);

    /** Borrowings of files of no unit out past {@code now}, of these estates. */
    List<ArchiveAuditRule.Borrow> estateOverdueBorrows(Collection<Long> estateIds, OffsetDateTime now);

    /** Loans of keys of no unit (public doors, equipment rooms) out past {@code now}, of these estates. */
    List<ArchiveAuditRule.Loan> estateOverdueLoans(Collection<Long> estateIds, OffsetDateTime now);

    /** Per estate, the key categories that have keys but no emergency spare set (R5.1). */
    Map<Long, List<KeyCategory>> withoutSpare(Collection<Long> estateIds);

    /**
     * Per estate, its archive keeper: an enabled user with the role ARCHIVE_KEEPER whose scope names the estate, else
     * one whose scope covers the whole company (the first by user name); estates without one are left out.
     */
    Map<Long, String> keepers(long companyId, Collection<Long> estateIds);

    /** Stores a chunk's findings (batched inserts). */
    void insert(List<ArchiveAuditFinding> findings);

    /** Adds a chunk's units and findings to the audit's counters. */
    void count(long auditId, long units, long findings);

    void store(ArchiveAudit audit);

    Optional<ArchiveAudit> audit(long id);

    /** An audit's findings in the order they were written, filtered, through the caller's scope. */
    Page<Row> findings(long auditId, Filter filter, DataScope scope, PageRequest page);

    /** The same without paging, at most {@code max} (the exports). */
    List<Row> allFindings(long auditId, Filter filter, DataScope scope, int max);

    Optional<ArchiveAuditFinding> finding(long id, DataScope scope);

    /** An audit's findings per kind and state: [kind, state, count]. */
    List<Object[]> counts(long auditId);
}
