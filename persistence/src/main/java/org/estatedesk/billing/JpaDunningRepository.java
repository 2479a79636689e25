package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaDunningRepository implements DunningRepository {
    /** Overdue bills not paid in full, of visible estates; the arrears list groups them per unit. */
    private static final String OVERDUE = " from Bill b, Estate e where e.id = b.estateId and b.state <> :paid"
            + " and b.paid < b.total and b.dueOn < :before and " + DataScope.ESTATE_VISIBLE;

    private static final String CASES = " from DunningCase c, Estate e where e.id = c.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Page<Arrears> arrears(Long estateId, LocalDate dueBefore, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().with("paid", BillState.PAID).with("before", dueBefore)
                .and(estateId, "b.estateId = :estate", "estate");
        PagedQuery<Object[]> rows = PagedQuery.of(em, Object[].class).select("select b.unitId, b.estateId,"
                + " sum(b.total - b.paid), sum(b.lateFee - b.lateFeePaid), min(b.dueOn), count(b)")
                .count("select count(distinct b.unitId)").from(OVERDUE).where(filter)
                .groupBy("group by b.unitId, b.estateId").orderBy("order by min(b.dueOn), b.unitId").scope(scope);
        List<Object[]> page1 = rows.items(page.offset(), page.size());
        return new Page<>(complete(page1, dueBefore), rows.count());
    }

    @Override
    public List<Arrears> arrearsOf(Collection<Long> unitIds, LocalDate dueBefore, DataScope scope) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = scope.bind(em.createQuery("select b.unitId, b.estateId, sum(b.total - b.paid),"
                + " sum(b.lateFee - b.lateFeePaid), min(b.dueOn), count(b)" + OVERDUE + " and b.unitId in :units"
                + " group by b.unitId, b.estateId order by min(b.dueOn), b.unitId", Object[].class))
                .setParameter("paid", BillState.PAID).setParameter("before", dueBefore)
                .setParameter("units", unitIds).getResultList();
        return complete(rows, dueBefore);
    }

    /** Adds unit code, owner, estate name, the hot-water part and the active case to a page of grouped rows. */
    private List<Arrears> complete(List<Object[]> rows, LocalDate dueBefore) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Object[]> units = new HashMap<>();
        for (Object[] u : em.createQuery("select u.id, u.code, e.name, o.name, o.phone from Unit u join Estate e"
                + " on e.id = u.estateId left join Owner o on o.id = u.ownerId where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            units.put(((Number) u[0]).longValue(), u);
        }
        Map<Long, BigDecimal> hotWater = new HashMap<>();
        for (Object[] h : em.createQuery("select b.unitId, sum(l.amount - l.paid) from BillLine l join l.bill b,"
                + " FeeItem f where f.companyId = b.companyId and f.code = l.itemCode and f.basis = :metered"
                + " and b.unitId in :ids and b.state <> :paid and b.dueOn < :before group by b.unitId",
                Object[].class).setParameter("metered", FeeBasis.METERED).setParameter("ids", ids)
                .setParameter("paid", BillState.PAID).setParameter("before", dueBefore).getResultList()) {
            hotWater.put(((Number) h[0]).longValue(), Money.round((BigDecimal) h[1]));
        }
        Map<Long, DunningCase> cases = new HashMap<>();
        em.createQuery("select c from DunningCase c where c.activeUnit in :ids", DunningCase.class)
                .setParameter("ids", ids).getResultList().forEach(c -> cases.put(c.getUnitId(), c));
        List<Arrears> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long unitId = ((Number) r[0]).longValue();
            Object[] u = units.get(unitId);
            DunningCase c = cases.get(unitId);
            result.add(new Arrears(unitId, ((Number) r[1]).longValue(), (String) u[2], (String) u[1],
                    (String) u[3], (String) u[4], Money.round((BigDecimal) r[2]), hotWater.getOrDefault(unitId,
                    Money.ZERO), Money.round((BigDecimal) r[3]), (LocalDate) r[4], ((Number) r[5]).longValue(),
                    c == null ? null : c.getId(), c == null ? null : c.getState()));
        }
        return result;
    }

    @Override
    public Optional<DunningCase> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select c" + CASES + " and c.id = :id", DunningCase.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<DunningCase> active(long unitId) {
        return em.createQuery("select c from DunningCase c where c.activeUnit = :unit", DunningCase.class)
                .setParameter("unit", unitId).getResultStream().findFirst();
    }

    @Override
    public Page<DunningCase> cases(DunningCase.State state, Long estateId, boolean activeOnly, DataScope scope,
            PageRequest page) {
        QueryFilter filter = new QueryFilter().and(state, "c.state = :state", "state")
                .and(estateId, "c.estateId = :estate", "estate").andIf(activeOnly, "c.activeUnit is not null");
        return PagedQuery.of(em, DunningCase.class).select("select c").count("select count(c)").from(CASES)
                .where(filter).orderBy("order by c.id desc").scope(scope).page(page);
    }

    @Override
    public List<DunningStep> steps(long caseId) {
        return em.createQuery("select s from DunningStep s where s.caseId = :c order by s.id", DunningStep.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Map<Long, Set<DunningStep.Kind>> stepKinds(Collection<Long> caseIds) {
        Map<Long, Set<DunningStep.Kind>> kinds = new HashMap<>();
        if (caseIds.isEmpty()) {
            return kinds;
        }
        for (Object[] r : em.createQuery("select distinct s.caseId, s.kind from DunningStep s where s.caseId in :ids",
                Object[].class).setParameter("ids", caseIds).getResultList()) {
            kinds.computeIfAbsent((Long) r[0], k -> java.util.EnumSet.noneOf(DunningStep.Kind.class))
                    .add((DunningStep.Kind) r[1]);
        }
        return kinds;
    }

    @Override
    public List<Bill> overdueBills(long unitId, LocalDate dueBefore) {
        return em.createQuery("select b from Bill b where b.unitId = :u and b.state <> :paid and b.dueOn < :before"
                + " order by b.period", Bill.class).setParameter("u", unitId).setParameter("paid", BillState.PAID)
                .setParameter("before", dueBefore).getResultList();
    }

    @Override
    public void store(Object entity) {
        em.persist(entity);
    }
}
