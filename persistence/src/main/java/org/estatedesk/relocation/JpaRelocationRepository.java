package org.estatedesk.relocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaRelocationRepository implements RelocationRepository {
    private static final String FROM = " from Relocation r, Estate e where e.id = r.unit.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(Relocation relocation) {
        em.persist(relocation);
    }

    @Override
    public Optional<Relocation> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select r" + FROM + " and r.id = :id", Relocation.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Relocation> open(long unitId) {
        return em.createQuery("select r from Relocation r where r.activeUnit = :u", Relocation.class)
                .setParameter("u", unitId).getResultStream().findFirst();
    }

    @Override
    public Page<Relocation> page(Relocation.State state, Long estateId, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(state, "r.state = :state", "state")
                .and(estateId, "r.unit.estateId = :estate", "estate");
        return PagedQuery.of(em, Relocation.class).select("select r").count("select count(r)").from(FROM)
                .where(filter).orderBy("order by r.id desc").scope(scope).page(page);
    }
}
