package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.estatedesk.estates.UnitType;

@ApplicationScoped
public class JpaFeeRepository implements FeeRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(FeeItem item) {
        em.persist(item);
    }

    @Override
    public void store(FeeRate rate) {
        em.persist(rate);
    }

    @Override
    public List<FeeItem> items(long companyId) {
        return em.createQuery("select i from FeeItem i where i.companyId = :c order by i.code", FeeItem.class)
                .setParameter("c", companyId).getResultList();
    }

    @Override
    public Optional<FeeItem> item(long id) {
        return Optional.ofNullable(em.find(FeeItem.class, id));
    }

    @Override
    public Optional<FeeItem> item(long companyId, String code) {
        return em.createQuery("select i from FeeItem i where i.companyId = :c and i.code = :code", FeeItem.class)
                .setParameter("c", companyId).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<FeeRate> rates(long estateId) {
        return em.createQuery("select r from FeeRate r where r.estateId = :e order by r.feeItemId, r.unitType,"
                + " r.validFrom", FeeRate.class).setParameter("e", estateId).getResultList();
    }

    @Override
    public Optional<FeeRate> rate(long id) {
        return Optional.ofNullable(em.find(FeeRate.class, id));
    }

    @Override
    public Optional<FeeRate> rate(long itemId, long estateId, UnitType type, YearMonth validFrom) {
        return em.createQuery("select r from FeeRate r where r.feeItemId = :i and r.estateId = :e"
                + " and r.unitType = :t and r.validFrom = :v", FeeRate.class).setParameter("i", itemId)
                .setParameter("e", estateId).setParameter("t", type).setParameter("v", validFrom.toString())
                .getResultStream().findFirst();
    }

    @Override
    public void remove(FeeRate rate) {
        em.remove(rate);
    }

    @Override
    public List<BillCalculator.Rate> calculatorRates(Collection<Long> estateIds) {
        List<BillCalculator.Rate> result = new ArrayList<>();
        for (Object[] r : em.createQuery("select r.estateId, r.unitType, i.code, i.name, i.basis, i.meter,"
                + " r.unitPrice, r.validFrom from FeeRate r, FeeItem i where i.id = r.feeItemId and i.active = true"
                + " and r.estateId in :e", Object[].class).setParameter("e", estateIds).getResultList()) {
            result.add(new BillCalculator.Rate((Long) r[0], (UnitType) r[1], (String) r[2], (String) r[3],
                    (FeeBasis) r[4], (MeterKind) r[5], (BigDecimal) r[6], YearMonth.parse((String) r[7])));
        }
        return result;
    }
}
