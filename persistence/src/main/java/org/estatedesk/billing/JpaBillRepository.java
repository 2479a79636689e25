package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.Money;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

@ApplicationScoped
public class JpaBillRepository implements BillRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(Bill bill) {
        em.persist(bill);
    }

    @Override
    public void insertBills(List<Bill> bills) {
        if (bills.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        var metamodel = session.getFactory().getMappingMetamodel();
        var billIds = metamodel.getEntityDescriptor(Bill.class).getIdentifierGenerator();
        var lineIds = metamodel.getEntityDescriptor(BillLine.class).getIdentifierGenerator();
        // ids first: a generator's own statement would release the connection (and close ours) in JTA mode
        long[] ids = new long[bills.size()];
        List<long[]> lineIdsOf = new ArrayList<>(bills.size());
        for (int i = 0; i < ids.length; i++) {
            Bill bill = bills.get(i);
            ids[i] = ((Number) billIds.generate(session, bill)).longValue();
            long[] lineId = new long[bill.getLines().size()];
            for (int j = 0; j < lineId.length; j++) {
                lineId[j] = ((Number) lineIds.generate(session, bill.getLines().get(j))).longValue();
            }
            lineIdsOf.add(lineId);
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement b = c.prepareStatement("insert into bill (id, company_id, estate_id, unit_id,"
                    + " period, issued_on, due_on, total, paid, late_fee, late_fee_paid, state, run_id, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, 0)");
                    PreparedStatement l = c.prepareStatement("insert into bill_line (id, bill_id, line_no, item_code,"
                            + " item_name, quantity, unit_price, amount, paid) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < ids.length; i++) {
                    Bill bill = bills.get(i);
                    long id = ids[i];
                    b.setLong(1, id);
                    b.setLong(2, bill.getCompanyId());
                    b.setLong(3, bill.getEstateId());
                    b.setLong(4, bill.getUnitId());
                    b.setString(5, bill.getPeriod().toString());
                    b.setObject(6, bill.getIssuedOn());
                    b.setObject(7, bill.getDueOn());
                    b.setBigDecimal(8, bill.getTotal());
                    b.setString(9, bill.getState().name());
                    if (bill.getRunId() == null) {
                        b.setNull(10, Types.BIGINT);
                    } else {
                        b.setLong(10, bill.getRunId());
                    }
                    b.addBatch();
                    for (int j = 0; j < bill.getLines().size(); j++) {
                        BillLine line = bill.getLines().get(j);
                        l.setLong(1, lineIdsOf.get(i)[j]);
                        l.setLong(2, id);
                        l.setInt(3, line.getLineNo());
                        l.setString(4, line.getItemCode());
                        l.setString(5, line.getItemName());
                        l.setBigDecimal(6, line.getQuantity());
                        l.setBigDecimal(7, line.getUnitPrice());
                        l.setBigDecimal(8, line.getAmount());
                        l.addBatch();
                    }
                }
                b.executeBatch();
                l.executeBatch();
            }
        });
    }

    @Override
    public List<Bill> bills(long unitId, YearMonth period) {
        var q = em.createQuery("select distinct b from Bill b left join fetch b.lines where b.unitId = :u"
                + (period == null ? "" : " and b.period = :p") + " order by b.period desc", Bill.class)
                .setParameter("u", unitId);
        if (period != null) {
            q.setParameter("p", period.toString());
        }
        return q.getResultList();
    }

    @Override
    public List<Bill> openBillsForUpdate(long unitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from bill where unit_id = ? order by id for update")
                .setParameter(1, unitId).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct b from Bill b left join fetch b.lines where b.unitId = :u"
                + " and b.state <> :paid order by b.period, b.id", Bill.class).setParameter("u", unitId)
                .setParameter("paid", BillState.PAID).getResultList();
    }

    @Override
    public Optional<Bill> bill(long id) {
        return Optional.ofNullable(em.find(Bill.class, id));
    }

    @Override
    public Optional<Bill> charge(long unitId, String chargeKey) {
        return em.createQuery("select b from Bill b where b.unitId = :u and b.chargeKey = :k", Bill.class)
                .setParameter("u", unitId).setParameter("k", chargeKey).getResultStream().findFirst();
    }

    @Override
    public List<Bill> openCharges(long unitId, String keyPrefix) {
        return em.createQuery("select b from Bill b where b.unitId = :u and b.chargeKey like :k and b.state <> :paid"
                + " order by b.id", Bill.class).setParameter("u", unitId)
                .setParameter("k", keyPrefix + "%")
                .setParameter("paid", BillState.PAID).getResultList();
    }

    @Override
    public Balance balance(long unitId, LocalDate today) {
        Object[] r = em.createQuery("select coalesce(sum(b.total - b.paid), 0),"
                + " coalesce(sum(case when b.dueOn < :today then b.total - b.paid else 0 end), 0),"
                + " coalesce(sum(b.lateFee - b.lateFeePaid), 0) from Bill b where b.unitId = :u and b.state <> :paid",
                Object[].class).setParameter("u", unitId).setParameter("today", today)
                .setParameter("paid", BillState.PAID).getSingleResult();
        return new Balance(Money.round(decimal(r[0])), Money.round(decimal(r[1])), Money.round(decimal(r[2])));
    }

    @Override
    public BigDecimal openMetered(long unitId, Collection<String> alsoItems) {
        return em.createQuery("select coalesce(sum(l.amount - l.paid), 0) from BillLine l join l.bill b"
                + " where b.unitId = :u and l.amount > l.paid and (l.itemCode in :also or exists (select 1 from FeeItem i"
                + " where i.companyId = b.companyId and i.code = l.itemCode and i.basis = :metered))", BigDecimal.class)
                .setParameter("u", unitId).setParameter("also", alsoItems).setParameter("metered", FeeBasis.METERED)
                .getSingleResult();
    }

    @Override
    public List<Long> overdueBillIds(long companyId, LocalDate dueBefore, long afterId, int max) {
        return em.createQuery("select b.id from Bill b where b.companyId = :c and b.state <> :paid"
                + " and b.dueOn < :due and b.chargeKey = '' and b.id > :after order by b.id", Long.class)
                .setParameter("c", companyId)
                .setParameter("paid", BillState.PAID).setParameter("due", dueBefore).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countOverdueBills(long companyId, LocalDate dueBefore) {
        return em.createQuery("select count(b) from Bill b where b.companyId = :c and b.state <> :paid"
                + " and b.dueOn < :due and b.chargeKey = ''", Long.class).setParameter("c", companyId)
                .setParameter("paid", BillState.PAID)
                .setParameter("due", dueBefore).getSingleResult();
    }

    @Override
    public List<Bill> billsForUpdate(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("select id from bill where id in (:ids) order by id for update").setParameter("ids", ids)
                .getResultList();
        return em.createQuery("select distinct b from Bill b left join fetch b.lines where b.id in :ids order by b.id",
                Bill.class).setParameter("ids", ids).getResultList();
    }

    // the run's bills by the index (estate_id, period), then its run id: no index on run_id is needed
    private static final String RUN_BILLS = "select b.id from bill b where b.estate_id = ? and b.period = ?"
            + " and b.run_id = ?";

    @Override
    public long runBillsPaid(long runId, long estateId, YearMonth period) {
        return ((Number) em.createNativeQuery("select count(*) from bill b where b.estate_id = ? and b.period = ?"
                + " and b.run_id = ? and (b.paid <> 0 or b.late_fee_paid <> 0 or exists (select 1 from"
                + " payment_allocation a where a.bill_id = b.id))").setParameter(1, estateId)
                .setParameter(2, period.toString()).setParameter(3, runId).getSingleResult()).longValue();
    }

    @Override
    public long deleteRunBills(long runId, long estateId, YearMonth period) {
        em.createNativeQuery("delete from bill_line where bill_id in (" + RUN_BILLS + ")").setParameter(1, estateId)
                .setParameter(2, period.toString()).setParameter(3, runId).executeUpdate();
        return em.createNativeQuery("delete from bill where estate_id = ? and period = ? and run_id = ?")
                .setParameter(1, estateId).setParameter(2, period.toString()).setParameter(3, runId).executeUpdate();
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }
}
