package org.estatedesk.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaInspectionRepository implements InspectionRepository {
    private static final String DEFECTS = " from Defect d, Estate e where e.id = d.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<InspectionBatch> batch(long id, DataScope scope) {
        return scope.bind(em.createQuery("select b from InspectionBatch b, Estate e where e.id = b.estateId and "
                + DataScope.ESTATE_VISIBLE + " and b.id = :id", InspectionBatch.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<InspectionBatch> batches(Long estateId, DataScope scope) {
        var q = scope.bind(em.createQuery("select b from InspectionBatch b, Estate e where e.id = b.estateId and "
                + DataScope.ESTATE_VISIBLE + (estateId == null ? "" : " and b.estateId = :estate")
                + " order by b.id desc", InspectionBatch.class));
        if (estateId != null) {
            q.setParameter("estate", estateId);
        }
        return q.setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    @Override
    public List<InspectedUnit> units(long batchId) {
        return em.createQuery("select u from InspectedUnit u where u.batchId = :b order by u.id", InspectedUnit.class)
                .setParameter("b", batchId).getResultList();
    }

    @Override
    public Optional<InspectedUnit> unit(long batchId, long unitId) {
        return em.createQuery("select u from InspectedUnit u where u.batchId = :b and u.unitId = :u",
                InspectedUnit.class).setParameter("b", batchId).setParameter("u", unitId).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Defect> defect(long id, DataScope scope) {
        return scope.bind(em.createQuery("select d" + DEFECTS + " and d.id = :id", Defect.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Defect> defects(Filter f, LocalDate today, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(f.batchId(), "d.batchId = :batch", "batch")
                .and(f.state(), "d.state = :state", "state")
                .and(f.contractorId(), "d.contractorId = :contractor", "contractor")
                .andIf(f.overdue(), "d.state in :waiting and d.dueDate < :today", "waiting",
                        DefectState.WITH_CONTRACTOR, "today", today);
        return PagedQuery.of(em, Defect.class).select("select d").count("select count(d)").from(DEFECTS)
                .where(filter).orderBy("order by d.dueDate, d.id").scope(scope).page(page);
    }

    @Override
    public List<DefectHop> hops(long defectId) {
        return em.createQuery("select h from DefectHop h where h.defectId = :d order by h.id", DefectHop.class)
                .setParameter("d", defectId).getResultList();
    }

    @Override
    public Summary summary(long batchId, LocalDate today) {
        Map<UnitInspection, Long> units = em.createQuery("select u.state, count(u) from InspectedUnit u"
                + " where u.batchId = :b group by u.state", Object[].class).setParameter("b", batchId)
                .getResultStream().collect(Collectors.toMap(o -> (UnitInspection) o[0], o -> (Long) o[1]));
        Object[] d = em.createQuery("select count(d), sum(case when d.state in :open then 1 else 0 end),"
                + " sum(case when d.state in :waiting and d.dueDate < :today then 1 else 0 end),"
                + " sum(case when d.state = :accepted then 1 else 0 end) from Defect d where d.batchId = :b",
                Object[].class).setParameter("b", batchId).setParameter("open", DefectState.OPEN)
                .setParameter("waiting", DefectState.WITH_CONTRACTOR).setParameter("today", today)
                .setParameter("accepted", DefectState.ACCEPTED).getSingleResult();
        List<ContractorCount> byContractor = em.createQuery("select d.contractorId, c.name, count(d),"
                + " sum(case when d.state in :open then 1 else 0 end) from Defect d"
                + " left join Contractor c on c.id = d.contractorId where d.batchId = :b"
                + " group by d.contractorId, c.name order by count(d) desc, c.name", Object[].class)
                .setParameter("b", batchId).setParameter("open", DefectState.OPEN).getResultStream()
                .map(o -> new ContractorCount((Long) o[0], (String) o[1], (Long) o[2], number(o[3]))).toList();
        List<CategoryCount> byCategory = em.createQuery("select d.categoryCode, count(d) from Defect d"
                + " where d.batchId = :b group by d.categoryCode order by count(d) desc, d.categoryCode",
                Object[].class).setParameter("b", batchId).getResultStream()
                .map(o -> new CategoryCount((String) o[0], (Long) o[1])).toList();
        long all = units.values().stream().mapToLong(Long::longValue).sum();
        long clean = units.getOrDefault(UnitInspection.CLEAN, 0L);
        long withDefects = units.getOrDefault(UnitInspection.WITH_DEFECTS, 0L);
        return new Summary(all, clean + withDefects, withDefects, number(d[0]), number(d[1]), number(d[2]),
                number(d[3]), byContractor, byCategory);
    }

    @Override
    public long cancelled(long batchId) {
        return em.createQuery("select count(d) from Defect d where d.batchId = :b and d.state = :c", Long.class)
                .setParameter("b", batchId).setParameter("c", DefectState.CANCELLED).getSingleResult();
    }

    @Override
    public void untieContractorUsers(long companyId) {
        em.createQuery("update AppUser u set u.contractorId = null where u.contractorId in"
                + " (select c.id from Contractor c where c.companyId = :company)").setParameter("company", companyId)
                .executeUpdate();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    @Override
    public void store(InspectionBatch batch) {
        em.persist(batch);
    }

    @Override
    public void store(InspectedUnit unit) {
        em.persist(unit);
    }

    @Override
    public void store(Defect defect) {
        em.persist(defect);
    }

    @Override
    public void store(DefectHop hop) {
        em.persist(hop);
    }
}
