package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

@ApplicationScoped
public class JpaPrepaidRepository implements PrepaidRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(PrepaidAccount account) {
        em.persist(account);
    }

    @Override
    public void store(PrepaidEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<PrepaidAccount> prepaidForUpdate(long unitId) {
        if (em.createNativeQuery("select unit_id from prepaid_account where unit_id = ? for update")
                .setParameter(1, unitId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        PrepaidAccount a = em.find(PrepaidAccount.class, unitId);
        em.refresh(a);
        return Optional.of(a);
    }

    @Override
    public Optional<PrepaidAccount> prepaid(long unitId) {
        return Optional.ofNullable(em.find(PrepaidAccount.class, unitId));
    }

    @Override
    public List<PrepaidEntry> prepaidEntries(long unitId) {
        return em.createQuery("select e from PrepaidEntry e where e.unitId = :u order by e.id desc", PrepaidEntry.class)
                .setParameter("u", unitId).getResultList();
    }

    @Override
    public List<Long> unitsToDeduct(long estateId) {
        return em.createQuery("select a.unitId from PrepaidAccount a where a.estateId = :e and a.balance > 0 and"
                + " exists (select 1 from Bill b where b.unitId = a.unitId and b.state <> :paid) order by a.unitId",
                Long.class).setParameter("e", estateId).setParameter("paid", BillState.PAID).getResultList();
    }

    @Override
    public List<PrepaidAccount> lowPrepaid(Long estateId, DataScope scope, int max) {
        var q = scope.bind(em.createQuery("select a from PrepaidAccount a, Estate e where e.id = a.estateId and"
                + " a.warned = true" + (estateId == null ? "" : " and a.estateId = :estate") + " and "
                + DataScope.ESTATE_VISIBLE + " order by a.balance, a.unitId",
                PrepaidAccount.class));
        if (estateId != null) {
            q.setParameter("estate", estateId);
        }
        return q.setMaxResults(max).getResultList();
    }
}
