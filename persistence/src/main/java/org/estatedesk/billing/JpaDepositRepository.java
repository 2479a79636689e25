package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaDepositRepository implements DepositRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(Deposit deposit) {
        em.persist(deposit);
    }

    @Override
    public Optional<Deposit> deposit(long id) {
        return Optional.ofNullable(em.find(Deposit.class, id));
    }

    @Override
    public Optional<Deposit> depositForUpdate(long id) {
        return Optional.ofNullable(em.find(Deposit.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Deposit> deposit(long companyId, String sourceKey) {
        return em.createQuery("select d from Deposit d where d.companyId = :c and d.sourceKey = :k", Deposit.class)
                .setParameter("c", companyId).setParameter("k", sourceKey).getResultStream().findFirst();
    }

    @Override
    public Page<Deposit> deposits(Long unitId, Long estateId, Deposit.State state, DataScope scope,
            PageRequest page) {
        QueryFilter filter = new QueryFilter().and(unitId, "d.unitId = :unit", "unit")
                .and(estateId, "d.estateId = :estate", "estate").and(state, "d.state = :state", "state");
        return PagedQuery.of(em, Deposit.class).select("select d").count("select count(d)")
                .from("from Deposit d, Estate e where e.id = d.estateId and " + DataScope.ESTATE_VISIBLE)
                .where(filter).orderBy("order by d.id desc").scope(scope).page(page);
    }
}
