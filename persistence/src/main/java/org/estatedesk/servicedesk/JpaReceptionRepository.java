package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaReceptionRepository implements ReceptionRepository {
    private static final String VISIBLE = " and e.id = r.estateId and " + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<Reception> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select r from Reception r, Estate e where r.id = :id" + VISIBLE,
                Reception.class)).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Reception> findForUpdate(long id, DataScope scope) {
        // the scope check reads the row; then it is read anew FOR UPDATE (not a version-checked lock of that copy),
        // so that the caller works on the latest version and a stale one he sent is his 409
        return find(id, scope).map(r -> {
            em.detach(r);
            return em.find(Reception.class, id, LockModeType.PESSIMISTIC_WRITE);
        });
    }

    @Override
    public List<Reception> byPhone(String phone, DataScope scope, int limit) {
        return scope.bind(em.createQuery("select r from Reception r, Estate e where r.callerPhone = :phone" + VISIBLE
                + " order by r.id desc", Reception.class)).setParameter("phone", phone).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<Reception> page(ReceptionState state, Long estateId, String receivedBy, DataScope scope,
            PageRequest page) {
        QueryFilter filter = new QueryFilter().and(state, "r.state = :state", "state")
                .and(estateId, "r.estateId = :estate", "estate").and(receivedBy, "r.receivedBy = :by", "by");
        return PagedQuery.of(em, Reception.class).select("select r").count("select count(r)")
                .from("from Reception r, Estate e where 1 = 1" + VISIBLE).where(filter).orderBy("order by r.id desc")
                .scope(scope).page(page);
    }

    @Override
    public void store(Reception reception) {
        em.persist(reception);
    }
}
