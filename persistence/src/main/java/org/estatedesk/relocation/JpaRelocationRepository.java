package org.estatedesk.relocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

@ApplicationScoped
public class JpaRelocationRepository implements RelocationRepository {
    private static final String FROM = " from Relocation r, Estate e where e.id = r.estateId and "
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
        String where = (state == null ? "" : " and r.state = :state")
                + (estateId == null ? "" : " and r.estateId = :estate");
        TypedQuery<Relocation> items = em.createQuery("select r" + FROM + where + " order by r.id desc",
                Relocation.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + FROM + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            scope.bind(q);
            if (state != null) {
                q.setParameter("state", state);
            }
            if (estateId != null) {
                q.setParameter("estate", estateId);
            }
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }
}
