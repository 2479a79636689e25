package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

@ApplicationScoped
public class JpaViolationRepository implements ViolationRepository {
    private static final String FROM = " from DecorationViolation v, Estate e where e.id = v.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(DecorationPatrol patrol) {
        em.persist(patrol);
    }

    @Override
    public void store(DecorationViolation violation) {
        em.persist(violation);
    }

    @Override
    public Optional<DecorationViolation> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select v" + FROM + " and v.id = :id", DecorationViolation.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<DecorationPatrol> patrols(long applicationId) {
        return em.createQuery("select p from DecorationPatrol p where p.applicationId = :a order by p.patrolledAt desc,"
                + " p.id desc", DecorationPatrol.class).setParameter("a", applicationId).getResultList();
    }

    @Override
    public Page<DecorationViolation> page(Long estateId, Long unitId, Long applicationId,
            DecorationViolation.State state, boolean open, LocalDate overdueOn, DataScope scope, PageRequest page) {
        String where = (estateId == null ? "" : " and v.estateId = :estate")
                + (unitId == null ? "" : " and v.unitId = :unit")
                + (applicationId == null ? "" : " and v.applicationId = :application")
                + (state == null ? "" : " and v.state = :state")
                + (open ? " and v.state <> :closed" : "")
                + (overdueOn == null ? "" : " and v.state = :noticed and v.rectifyBy < :day");
        TypedQuery<DecorationViolation> items = em.createQuery("select v" + FROM + where + " order by v.id desc",
                DecorationViolation.class);
        TypedQuery<Long> count = em.createQuery("select count(v)" + FROM + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            scope.bind(q);
            if (estateId != null) {
                q.setParameter("estate", estateId);
            }
            if (unitId != null) {
                q.setParameter("unit", unitId);
            }
            if (applicationId != null) {
                q.setParameter("application", applicationId);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            if (open) {
                q.setParameter("closed", DecorationViolation.State.CLOSED);
            }
            if (overdueOn != null) {
                q.setParameter("noticed", DecorationViolation.State.NOTICE_ISSUED).setParameter("day", overdueOn);
            }
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }
}
