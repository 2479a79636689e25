package org.estatedesk.archives;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.estates.UnitState;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.shared.Zones;

/**
 * The archive audit's checks (R5.3), without the database: for a unit, the documents its state requires that none
 * of its files holds (a document counts as held while it is not removed, even when it has expired — an expired one is
 * reported as expired instead), its documents past their expiry, its files borrowed past their due time and its keys
 * lent past their due time; for an estate, the same for what belongs to no unit (construction files, public keys) and
 * the key categories without their emergency spare set. The job feeds it the facts of a page of units at a time.
 */
public final class ArchiveAuditRule {
    /** A unit to audit: its state chooses the required documents. */
    public record UnitToAudit(long id, long companyId, long estateId, String code, UnitState state)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A live (not removed) document of a file; {@code unitId} null for a construction file's. */
    public record Document(long itemId, long fileId, long estateId, Long unitId, String fileNo, DocumentType type, String title,
            LocalDate expiresOn) {
    }

    /** A borrowing that is out (lent or reading granted). */
    public record Borrow(long borrowId, long fileId, long estateId, Long unitId, String fileNo, String borrower,
            OffsetDateTime dueAt) {
    }

    /** A key loan that is out (handed out, not returned). */
    public record Loan(long loanId, long estateId, Long unitId, String keyTag, KeyCategory category, String borrower,
            OffsetDateTime dueAt) {
    }

    /**
     * What the audit found, before it is stored: {@code subject} makes it unique within the audit, the unit and the
     * kind (a document type, an item, borrowing or loan id, a key category); {@code detail} says what it is.
     */
    public record Draft(long estateId, Long unitId, String unitCode, AuditFindingKind kind, String subject,
            Long fileId, String detail) {
    }

    /** China's time zone: the day a document expires and the due times shown. */
    public static final ZoneId ZONE = Zones.DEFAULT_ZONE;

    private final Map<UnitState, Set<DocumentType>> required = new EnumMap<>(UnitState.class);
    private final LocalDate today;
    private final OffsetDateTime now;

    /**
     * The company's required documents and the moment of the audit: documents expire when their expiry is before
     * {@code today} (China's date); loans and borrowings are overdue when their due time is before {@code now}.
     */
    public ArchiveAuditRule(Collection<ArchiveRequirement> requirements, LocalDate today, OffsetDateTime now) {
        for (ArchiveRequirement r : requirements) {
            required.computeIfAbsent(r.getUnitState(), s -> EnumSet.noneOf(DocumentType.class)).add(r.getDocType());
        }
        this.today = today;
        this.now = now;
    }

    /** The documents a unit in this state must hold, in the enum's order. */
    public Set<DocumentType> required(UnitState state) {
        Set<DocumentType> types = required.get(state);
        return types == null ? EnumSet.noneOf(DocumentType.class) : EnumSet.copyOf(types);
    }

    /** The required documents of the state that none of {@code documents} is. */
    public Set<DocumentType> missing(UnitState state, Collection<Document> documents) {
        Set<DocumentType> missing = required(state);
        documents.forEach(d -> missing.remove(d.type()));
        return missing;
    }

    /** The audit's day in China: a document whose expiry is before it has expired. */
    public LocalDate today() {
        return today;
    }

    public boolean expired(Document d) {
        return d.expiresOn() != null && d.expiresOn().isBefore(today);
    }

    public boolean overdue(OffsetDateTime dueAt) {
        return dueAt != null && dueAt.isBefore(now);
    }

    /** Everything wrong with one unit, given its documents, its files' open borrowings and its keys' open loans. */
    public List<Draft> unit(UnitToAudit u, Collection<Document> documents, Collection<Borrow> borrows,
            Collection<Loan> loans) {
        List<Draft> found = new ArrayList<>();
        for (DocumentType t : missing(u.state(), documents)) {
            found.add(new Draft(u.estateId(), u.id(), u.code(), AuditFindingKind.MISSING_DOCUMENT, t.name(), null,
                    u.state().name()));
        }
        found.addAll(lapsed(u.estateId(), u.id(), u.code(), documents, borrows, loans));
        return found;
    }

    /**
     * What an estate has wrong outside its units: expired documents of construction files, overdue borrowings of
     * them, overdue loans of keys that open no unit, and the key categories without a spare set.
     */
    public List<Draft> estate(long estateId, Collection<Document> documents, Collection<Borrow> borrows,
            Collection<Loan> loans, Collection<KeyCategory> withoutSpare) {
        List<Draft> found = new ArrayList<>(lapsed(estateId, null, null, documents, borrows, loans));
        for (KeyCategory c : withoutSpare) {
            found.add(new Draft(estateId, null, null, AuditFindingKind.MISSING_SPARE, c.name(), null, c.name()));
        }
        return found;
    }

    private List<Draft> lapsed(long estateId, Long unitId, String unitCode, Collection<Document> documents,
            Collection<Borrow> borrows, Collection<Loan> loans) {
        List<Draft> found = new ArrayList<>();
        for (Document d : documents) {
            if (expired(d)) {
                found.add(new Draft(estateId, unitId, unitCode, AuditFindingKind.EXPIRED_DOCUMENT,
                        "item:" + d.itemId(), d.fileId(), d.fileNo() + " · " + d.type() + " · " + d.title() + " · "
                                + d.expiresOn()));
            }
        }
        for (Borrow b : borrows) {
            if (overdue(b.dueAt())) {
                found.add(new Draft(estateId, unitId, unitCode, AuditFindingKind.OVERDUE_BORROW,
                        "borrow:" + b.borrowId(), b.fileId(),
                        b.fileNo() + " · " + b.borrower() + " · " + local(b.dueAt())));
            }
        }
        for (Loan l : loans) {
            if (overdue(l.dueAt())) {
                found.add(new Draft(estateId, unitId, unitCode, AuditFindingKind.OVERDUE_KEY, "loan:" + l.loanId(),
                        null, l.keyTag() + " · " + l.category() + " · " + l.borrower() + " · "
                                + local(l.dueAt())));
            }
        }
        return found;
    }

    /** A due time as people read it in the detail: China's local time to the minute. */
    private static String local(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
    }
}
