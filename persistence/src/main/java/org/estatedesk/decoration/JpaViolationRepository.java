package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaViolationRepository implements ViolationRepository {
    private static final String FROM = " from DecorationViolation v, Estate e where e.id = v.unit.estateId and "
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
        QueryFilter filter = new QueryFilter().and(estateId, "v.unit.estateId = :estate", "estate")
                .and(unitId, "v.unit.unitId = :unit", "unit")
                .and(applicationId, "v.applicationId = :application", "application")
                .and(state, "v.state = :state", "state")
                .andIf(open, "v.state <> :closed", "closed", DecorationViolation.State.CLOSED)
                .andIf(overdueOn != null, "v.state = :noticed and v.rectifyBy < :day", "noticed",
                        DecorationViolation.State.NOTICE_ISSUED, "day", overdueOn);
        return PagedQuery.of(em, DecorationViolation.class).select("select v").count("select count(v)").from(FROM)
                .where(filter).orderBy("order by v.id desc").scope(scope).page(page);
    }
}
