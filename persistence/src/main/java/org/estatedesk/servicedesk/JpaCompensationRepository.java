package org.estatedesk.servicedesk;

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
public class JpaCompensationRepository implements CompensationRepository {
    private static final String FROM = " from Compensation c, Estate e where e.id = c.estate.estateId and "
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
        QueryFilter filter = new QueryFilter().and(state, "c.state = :state", "state")
                .and(estateId, "c.estate.estateId = :estate", "estate").and(taskId, "c.taskId = :task", "task");
        return PagedQuery.of(em, Compensation.class).select("select c").count("select count(c)").from(FROM)
                .where(filter).orderBy("order by c.id desc").scope(scope).page(page);
    }

    @Override
    public void store(Compensation compensation) {
        em.persist(compensation);
    }
}
