package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {
    /** A topic is visible in its company; one tied to an estate also needs that estate to be visible. */
    private static final String VISIBLE = "(" + String.format(DataScope.COMPANY_VISIBLE, "t.companyId")
            + " and (t.estateId is null or exists (select 1 from Estate e where e.id = t.estateId and "
            + DataScope.ESTATE_VISIBLE + ")))";

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<ComplaintTopic> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select t from ComplaintTopic t where t.id = :id and " + VISIBLE,
                ComplaintTopic.class)).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<ComplaintTopic> list(ComplaintTopic.State state, DataScope scope) {
        return scope.bind(em.createQuery("select t from ComplaintTopic t where (:state is null or t.state = :state)"
                + " and " + VISIBLE + " order by t.id desc", ComplaintTopic.class)).setParameter("state", state)
                .setMaxResults(500).getResultList();
    }

    @Override
    public List<Task> tasksOf(long topicId) {
        return em.createQuery("select t from Task t where t.topicId = :topic order by t.id", Task.class)
                .setParameter("topic", topicId).getResultList();
    }

    @Override
    public void store(ComplaintTopic topic) {
        em.persist(topic);
    }
}
