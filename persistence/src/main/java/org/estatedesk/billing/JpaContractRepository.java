package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaContractRepository implements ContractRepository {
    private static final String ROWS = "select c, e.name, u.code, i.code, i.name";
    private static final String FROM = " from Contract c, Estate e, Unit u, FeeItem i where e.id = c.estateId"
            + " and u.id = c.unitId and i.id = c.feeItemId and " + DataScope.ESTATE_VISIBLE;
    private static final String COUNT_FROM = " from Contract c, Estate e where e.id = c.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(Contract contract) {
        em.persist(contract);
    }

    @Override
    public Optional<Row> find(long id, DataScope scope) {
        return scope.bind(em.createQuery(ROWS + FROM + " and c.id = :id", Object[].class)).setParameter("id", id)
                .getResultStream().findFirst().map(JpaContractRepository::row);
    }

    @Override
    public Optional<Contract> byCode(long companyId, String code) {
        return em.createQuery("select c from Contract c where c.companyId = :c and c.code = :code", Contract.class)
                .setParameter("c", companyId).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Contract> active(long unitId, ContractKind kind) {
        return em.createQuery("select c from Contract c where c.unitId = :u and c.kind = :k and c.state = :s"
                + " order by c.code", Contract.class).setParameter("u", unitId).setParameter("k", kind)
                .setParameter("s", Contract.State.ACTIVE).getResultList();
    }

    private static Row row(Object[] r) {
        return new Row((Contract) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
    }

    private static QueryFilter where(Filter f) {
        return new QueryFilter().and(f.estateId(), "c.estateId = :estate", "estate")
                .and(f.kind(), "c.kind = :kind", "kind")
                .andIf(f.endingBy() != null, "c.state = :active and c.endDate <= :endingBy", "active",
                        Contract.State.ACTIVE, "endingBy", f.endingBy())
                .and(f.endingBy() != null ? null : f.state(), "c.state = :state", "state");
    }

    private static String order(Filter f) {
        return f.endingBy() != null ? " order by c.endDate, c.id" : " order by c.id desc";
    }

    @Override
    public Page<Row> page(Filter filter, DataScope scope, PageRequest page) {
        return PagedQuery.of(em, Object[].class).select(ROWS).count("select count(c)").from(FROM).countFrom(COUNT_FROM)
                .where(where(filter)).orderBy(order(filter)).scope(scope).page(page, JpaContractRepository::row);
    }

    @Override
    public List<Row> all(Filter filter, DataScope scope, int max) {
        QueryFilter where = where(filter);
        TypedQuery<Object[]> rows = em.createQuery(ROWS + FROM + where.conditions() + order(filter), Object[].class);
        where.bind(scope.bind(rows));
        return rows.setMaxResults(max).getResultStream().map(JpaContractRepository::row).toList();
    }

    @Override
    public long countEnding(LocalDate endingBy, DataScope scope) {
        return scope.bind(em.createQuery("select count(c)" + COUNT_FROM
                + " and c.state = :active and c.endDate <= :endingBy", Long.class))
                .setParameter("active", Contract.State.ACTIVE).setParameter("endingBy", endingBy)
                .getSingleResult();
    }

    @Override
    public List<Contract> pastEnd(LocalDate today, Long estateId, DataScope scope) {
        TypedQuery<Contract> q = scope.bind(em.createQuery("select c" + COUNT_FROM + " and c.state = :active"
                + " and c.endDate < :today and " + DataScope.COMPANY_VISIBLE.formatted("c.companyId")
                + (estateId == null ? "" : " and c.estateId = :estate")
                + " order by c.id", Contract.class)).setParameter("active", Contract.State.ACTIVE)
                .setParameter("today", today);
        if (estateId != null) {
            q.setParameter("estate", estateId);
        }
        return q.getResultList();
    }

    @Override
    public Map<Long, List<BillCalculator.Charge>> contractCharges(Collection<Long> unitIds, YearMonth period) {
        Map<Long, List<BillCalculator.Charge>> result = new HashMap<>();
        if (unitIds.isEmpty()) {
            return result;
        }
        for (Object[] r : em.createQuery("select c, i.code, i.name from Contract c, FeeItem i where i.id = c.feeItemId"
                + " and c.unitId in :u and c.state <> :draft and c.startDate <= :last and c.endDate >= :first"
                + " and (c.terminatedOn is null or c.terminatedOn >= :first) order by c.unitId, c.code",
                Object[].class).setParameter("u", unitIds).setParameter("draft", Contract.State.DRAFT)
                .setParameter("first", period.atDay(1)).setParameter("last", period.atEndOfMonth())
                .getResultList()) {
            Contract c = (Contract) r[0];
            result.computeIfAbsent(c.getUnitId(), k -> new ArrayList<>()).add(c.charge((String) r[1],
                    (String) r[2]));
        }
        return result;
    }
}
