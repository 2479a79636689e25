package org.estatedesk.archives;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.estates.UnitState;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.keys.KeyState;
import org.estatedesk.keys.LoanState;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;
import org.estatedesk.shared.Roles;

@ApplicationScoped
public class JpaArchiveAuditRepository implements ArchiveAuditRepository {
    private static final String DOCUMENT = "select new org.estatedesk.archives.ArchiveAuditRule$Document(i.id,"
            + " i.fileId, i.estateId, i.unitId, f.fileNo, i.docType, i.title, i.expiresOn)"
            + " from ArchiveItem i, ArchiveFile f where f.id = i.fileId and i.removed = false";
    private static final String BORROW = "select new org.estatedesk.archives.ArchiveAuditRule$Borrow(b.id, b.fileId,"
            + " b.estate.estateId, f.unitId, f.fileNo, b.borrower, b.dueAt) from ArchiveBorrow b, ArchiveFile f"
            + " where f.id = b.fileId and b.state = :out and b.dueAt < :now";
    private static final String LOAN = "select new org.estatedesk.archives.ArchiveAuditRule$Loan(l.id,"
            + " l.estate.estateId, k.unitId, k.tag, k.category, l.borrower, l.dueAt) from KeyLoan l, EstateKey k"
            + " where k.id = l.keyId and l.state = :out and l.dueAt < :now";
    private static final String FINDINGS = " from ArchiveAuditFinding x, Estate e where e.id = x.estateId and "
            + DataScope.ESTATE_VISIBLE + " and x.auditId = :audit";

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public List<ArchiveAuditRule.UnitToAudit> units(long estateId, long afterId, int max) {
        return em.createQuery("select u.id, u.companyId, u.estateId, u.code, u.state from Unit u"
                + " where u.estateId = :e and u.id > :after order by u.id", Object[].class)
                .setParameter("e", estateId).setParameter("after", afterId).setMaxResults(max).getResultStream()
                .map(r -> new ArchiveAuditRule.UnitToAudit((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3],
                        (UnitState) r[4])).toList();
    }

    @Override
    public long countUnits(Collection<Long> estateIds) {
        return em.createQuery("select count(u) from Unit u where u.estateId in :e", Long.class)
                .setParameter("e", estateIds).getSingleResult();
    }

    @Override
    public List<ArchiveAuditRule.Document> documents(long estateId, long afterId, long lastId) {
        return em.createQuery(DOCUMENT + " and i.estateId = :e and i.unitId > :after and i.unitId <= :last",
                ArchiveAuditRule.Document.class).setParameter("e", estateId).setParameter("after", afterId)
                .setParameter("last", lastId).getResultList();
    }

    @Override
    public List<ArchiveAuditRule.Borrow> overdueBorrows(long estateId, long afterId, long lastId,
            OffsetDateTime now) {
        return em.createQuery(BORROW + " and b.estate.estateId = :e and f.unitId > :after and f.unitId <= :last",
                ArchiveAuditRule.Borrow.class).setParameter("out", BorrowState.OUT).setParameter("now", now)
                .setParameter("e", estateId).setParameter("after", afterId).setParameter("last", lastId)
                .getResultList();
    }

    @Override
    public List<ArchiveAuditRule.Loan> overdueLoans(long estateId, long afterId, long lastId, OffsetDateTime now) {
        return em.createQuery(LOAN + " and l.estate.estateId = :e and k.unitId > :after and k.unitId <= :last",
                ArchiveAuditRule.Loan.class).setParameter("out", LoanState.OUT).setParameter("now", now)
                .setParameter("e", estateId).setParameter("after", afterId).setParameter("last", lastId)
                .getResultList();
    }

    @Override
    public List<ArchiveAuditRule.Document> estateExpired(Collection<Long> estateIds, LocalDate today) {
        return em.createQuery(DOCUMENT + " and i.estateId in :e and i.unitId is null and i.expiresOn < :today"
                + " order by i.id", ArchiveAuditRule.Document.class).setParameter("e", estateIds)
                .setParameter("today", today).getResultList();
    }

    @Override
    public List<ArchiveAuditRule.Borrow> estateOverdueBorrows(Collection<Long> estateIds, OffsetDateTime now) {
        return em.createQuery(BORROW + " and b.estate.estateId in :e and f.unitId is null order by b.id",
                ArchiveAuditRule.Borrow.class).setParameter("out", BorrowState.OUT).setParameter("now", now)
                .setParameter("e", estateIds).getResultList();
    }

    @Override
    public List<ArchiveAuditRule.Loan> estateOverdueLoans(Collection<Long> estateIds, OffsetDateTime now) {
        return em.createQuery(LOAN + " and l.estate.estateId in :e and k.unitId is null order by l.id",
                ArchiveAuditRule.Loan.class).setParameter("out", LoanState.OUT).setParameter("now", now)
                .setParameter("e", estateIds).getResultList();
    }

    @Override
    public Map<Long, List<KeyCategory>> withoutSpare(Collection<Long> estateIds) {
        Map<Long, List<KeyCategory>> result = new HashMap<>();
        em.createQuery("select k.estateId, k.category from EstateKey k where k.estateId in :e and k.state <> :gone"
                + " group by k.estateId, k.category having sum(case when k.spare = true then 1 else 0 end) = 0"
                + " order by k.estateId, k.category", Object[].class).setParameter("e", estateIds)
                .setParameter("gone", KeyState.WITH_OWNER).getResultStream()
                .forEach(r -> result.computeIfAbsent((Long) r[0], e -> new ArrayList<>()).add((KeyCategory) r[1]));
        return result;
    }

    @Override
    public Map<Long, String> keepers(long companyId, Collection<Long> estateIds) {
        String whole = null;
        Map<Long, String> named = new HashMap<>();
        List<Object[]> rows = em.createQuery("select u.username, s.estateId from AppUser u join u.roles r, UserScope s"
                + " where s.userId = u.id and s.companyId = :c and r = :role and u.enabled = true"
                + " order by u.username", Object[].class).setParameter("c", companyId)
                .setParameter("role", Roles.ARCHIVE_KEEPER).getResultList();
        for (Object[] r : rows) {
            if (r[1] == null) {
                whole = whole == null ? (String) r[0] : whole;
            } else {
                named.putIfAbsent((Long) r[1], (String) r[0]);
            }
        }
        Map<Long, String> result = new LinkedHashMap<>();
        for (Long estate : estateIds) {
            String keeper = named.getOrDefault(estate, whole);
            if (keeper != null) {
                result.put(estate, keeper);
            }
        }
        return result;
    }

    @Override
    public void insert(List<ArchiveAuditFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        findings.forEach(em::persist);
        em.flush();
        findings.forEach(em::detach);
    }

    @Override
    public void count(long auditId, long units, long findings) {
        em.createNativeQuery("update archive_audit set units_checked = units_checked + ?, findings = findings + ?"
                + " where id = ?").setParameter(1, units).setParameter(2, findings).setParameter(3, auditId)
                .executeUpdate();
    }

    @Override
    public void store(ArchiveAudit audit) {
        em.persist(audit);
    }

    @Override
    public Optional<ArchiveAudit> audit(long id) {
        return Optional.ofNullable(em.find(ArchiveAudit.class, id));
    }

    @Override
    public Page<Row> findings(long auditId, Filter filter, DataScope scope, PageRequest page) {
        return PagedQuery.of(em, Object[].class).select("select x, e.name").count("select count(x)").from(FINDINGS)
                .where(where(auditId, filter)).orderBy("order by x.id").scope(scope)
                .page(page, o -> new Row((ArchiveAuditFinding) o[0], (String) o[1]));
    }

    @Override
    public List<Row> allFindings(long auditId, Filter filter, DataScope scope, int max) {
        QueryFilter where = where(auditId, filter);
        TypedQuery<Object[]> items = em.createQuery("select x, e.name" + FINDINGS + where.conditions()
                + " order by x.estateId, x.unitCode, x.kind, x.id", Object[].class);
        scope.bind(items);
        where.bind(items);
        return items.setMaxResults(max).getResultStream()
                .map(o -> new Row((ArchiveAuditFinding) o[0], (String) o[1])).toList();
    }

    private static QueryFilter where(long auditId, Filter filter) {
        return new QueryFilter().with("audit", auditId).and(filter.kind(), "x.kind = :kind", "kind")
                .and(filter.estateId(), "x.estateId = :estate", "estate")
                .and(filter.state(), "x.state = :state", "state");
    }

    @Override
    public Optional<ArchiveAuditFinding> finding(long id, DataScope scope) {
        return scope.bind(em.createQuery("select x from ArchiveAuditFinding x, Estate e where e.id = x.estateId and "
                + DataScope.ESTATE_VISIBLE + " and x.id = :id", ArchiveAuditFinding.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Object[]> counts(long auditId) {
        return em.createQuery("select x.kind, x.state, count(x) from ArchiveAuditFinding x where x.auditId = :a"
                + " group by x.kind, x.state order by x.kind, x.state", Object[].class).setParameter("a", auditId)
                .getResultList();
    }
}
