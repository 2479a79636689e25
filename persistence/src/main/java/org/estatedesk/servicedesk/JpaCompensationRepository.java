package org.estatedesk.servicedesk;

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
public class JpaCompensationRepository implements CompensationRepository {
    private static final String FROM = " from Compensation c, Estate e where e.id = c.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<Compensation> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select c" + FROM + " and c.id = :id", Compensation.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Compensation> page(Compensation.State state, Long estateId, Long taskId, DataScope scope,
            PageRequest page) {
        String where = (state == null ? "" : " and c.state = :state") + (estateId == null ? "" : " and c.estateId = :estate")
                + (taskId == null ? "" : " and c.taskId = :task");
        TypedQuery<Compensation> items = em.createQuery("select c" + FROM + where + " order by c.id desc",
                Compensation.class);
        TypedQuery<Long> count = em.createQuery("select count(c)" + FROM + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            scope.bind(q);
            if (state != null) {
                q.setParameter("state", state);
            }
            if (estateId != null) {
                q.setParameter("estate", estateId);
            }
            if (taskId != null) {
                q.setParameter("task", taskId);
            }
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public void store(Compensation compensation) {
        em.persist(compensation);
    }
}
