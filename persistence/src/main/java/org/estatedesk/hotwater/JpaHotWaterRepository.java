package org.estatedesk.hotwater;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaHotWaterRepository implements HotWaterRepository {
    private static final String FROM = " from HotWaterSealing r, Estate e where e.id = r.unit.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(HotWaterSealing sealing) {
        em.persist(sealing);
    }

    @Override
    public Optional<HotWaterSealing> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select r" + FROM + " and r.id = :id", HotWaterSealing.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<HotWaterSealing> open(long unitId) {
        return em.createQuery("select r from HotWaterSealing r where r.activeUnit = :u", HotWaterSealing.class)
                .setParameter("u", unitId).getResultStream().findFirst();
    }

    @Override
    public Optional<HotWaterSealing> sealing(long unitId) {
        return em.createQuery("select r from HotWaterSealing r where r.unit.unitId = :u and r.state in :states"
                + " order by r.id desc", HotWaterSealing.class).setParameter("u", unitId)
                .setParameter("states", List.of(HotWaterSealing.State.SEALED, HotWaterSealing.State.ARCHIVED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<HotWaterSealing> sealings(long estateId) {
        return em.createQuery("select r from HotWaterSealing r where r.unit.estateId = :e and r.state in :states",
                HotWaterSealing.class).setParameter("e", estateId)
                .setParameter("states", List.of(HotWaterSealing.State.SEALED, HotWaterSealing.State.ARCHIVED))
                .getResultList();
    }

    @Override
    public Page<HotWaterSealing> page(HotWaterSealing.State state, Long estateId, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(state, "r.state = :state", "state")
                .and(estateId, "r.unit.estateId = :estate", "estate");
        return PagedQuery.of(em, HotWaterSealing.class).select("select r").count("select count(r)").from(FROM)
                .where(filter).orderBy("order by r.id desc").scope(scope).page(page);
    }
}
