package org.estatedesk.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaKeyRepository implements KeyRepository {
    private static final String KEYS = " from EstateKey k left join KeyLoan l on l.id = k.currentLoanId, Estate e"
            + " where e.id = k.estateId and " + DataScope.ESTATE_VISIBLE;
    private static final String LOANS = " from KeyLoan l, EstateKey k, Estate e where k.id = l.keyId"
            + " and e.id = l.estate.estateId and " + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<EstateKey> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select k from EstateKey k, Estate e where e.id = k.estateId and "
                + DataScope.ESTATE_VISIBLE + " and k.id = :id", EstateKey.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<EstateKey> byId(long id) {
        return Optional.ofNullable(em.find(EstateKey.class, id));
    }

    @Override
    public Optional<KeyLoan> loan(long id, DataScope scope) {
        return scope.bind(em.createQuery("select l from KeyLoan l, Estate e where e.id = l.estate.estateId and "
                + DataScope.ESTATE_VISIBLE + " and l.id = :id", KeyLoan.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<KeyLoan> loanById(long id) {
        return Optional.ofNullable(em.find(KeyLoan.class, id));
    }

    @Override
    public Page<Row> page(Filter f, OffsetDateTime now, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(f.estateId(), "k.estateId = :estate", "estate")
                .and(f.category(), "k.category = :category", "category").and(f.state(), "k.state = :state", "state")
                .and(f.unitId(), "k.unitId = :unit", "unit")
                .and(org.estatedesk.shared.Like.containingLower(f.tag()), "lower(k.tag) like :tag escape '!'", "tag")
                .andIf(f.overdue(), "l.state = :out and l.dueAt < :now", "out", LoanState.OUT, "now", now);
        return PagedQuery.of(em, Object[].class).select("select k, l").count("select count(k)").from(KEYS)
                .where(filter).orderBy("order by k.estateId, k.tag, k.id").scope(scope)
                .page(page, o -> new Row((EstateKey) o[0], (KeyLoan) o[1]));
    }

    @Override
    public Page<LoanRow> loans(Long estateId, LoanState state, boolean overdue, OffsetDateTime now, DataScope scope,
            PageRequest page) {
        QueryFilter filter = new QueryFilter().and(estateId, "l.estate.estateId = :estate", "estate")
                .andIf(overdue, "l.state = :out and l.dueAt < :now", "out", LoanState.OUT, "now", now)
                .and(overdue ? null : state, "l.state = :state", "state");
        return PagedQuery.of(em, Object[].class).select("select l, k").count("select count(l)").from(LOANS)
                .where(filter).orderBy("order by l.id desc").scope(scope)
                .page(page, o -> new LoanRow((KeyLoan) o[0], (EstateKey) o[1]));
    }

    @Override
    public List<KeyLoan> loansOf(long keyId) {
        return em.createQuery("select l from KeyLoan l where l.keyId = :key order by l.id desc", KeyLoan.class)
                .setParameter("key", keyId).getResultList();
    }

    @Override
    public List<MissingSpare> missingSpares(Long estateId, DataScope scope) {
        var q = em.createQuery("select k.estateId, e.name, k.category, count(k) from EstateKey k, Estate e"
                + " where e.id = k.estateId and " + DataScope.ESTATE_VISIBLE
                + (estateId == null ? "" : " and k.estateId = :estate")
                + " and k.state <> :gone group by k.estateId, e.name, k.category"
                + " having sum(case when k.spare = true then 1 else 0 end) = 0 order by k.estateId, k.category",
                Object[].class).setParameter("gone", KeyState.WITH_OWNER);
        if (estateId != null) {
            q.setParameter("estate", estateId);
        }
        return scope.bind(q).getResultList().stream().map(o -> new MissingSpare((Long) o[0], (String) o[1],
                (KeyCategory) o[2], (Long) o[3])).toList();
    }

    @Override
    public long countOverdue(OffsetDateTime now, DataScope scope) {
        return scope.bind(em.createQuery("select count(l) from KeyLoan l, Estate e where e.id = l.estate.estateId and "
                + DataScope.ESTATE_VISIBLE + " and l.state = :out and l.dueAt < :now", Long.class))
                .setParameter("out", LoanState.OUT).setParameter("now", now).getSingleResult();
    }

    @Override
    public long lentOut(long unitId) {
        return em.createQuery("select count(l) from KeyLoan l, EstateKey k where k.id = l.keyId and k.unitId = :u"
                + " and l.state = :out", Long.class).setParameter("u", unitId).setParameter("out", LoanState.OUT)
                .getSingleResult();
    }

    @Override
    public boolean tagExists(long estateId, String tag) {
        return !em.createQuery("select k.id from EstateKey k where k.estateId = :e and k.tag = :t", Long.class)
                .setParameter("e", estateId).setParameter("t", tag).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void store(EstateKey key) {
        em.persist(key);
    }

    @Override
    public void store(KeyLoan loan) {
        em.persist(loan);
    }
}
