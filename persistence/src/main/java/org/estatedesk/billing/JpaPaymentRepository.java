package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(Payment payment) {
        em.persist(payment);
    }

    @Override
    public void store(PaymentAllocation allocation) {
        em.persist(allocation);
    }

    @Override
    public Optional<Payment> payment(long id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    @Override
    public Optional<Payment> paymentForUpdate(long id) {
        if (em.createNativeQuery("select id from payment where id = ? for update").setParameter(1, id)
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Payment p = em.find(Payment.class, id);
        em.refresh(p);
        return Optional.of(p);
    }

    @Override
    public List<Payment> payments(long unitId) {
        return em.createQuery("select p from Payment p where p.unitId = :u order by p.paidAt desc, p.id desc",
                Payment.class).setParameter("u", unitId).getResultList();
    }

    @Override
    public List<Payment> paymentsOf(long companyId, String collector, java.time.OffsetDateTime from,
            java.time.OffsetDateTime to) {
        return em.createQuery("select p from Payment p where p.companyId = :c and p.collector = :who"
                + " and p.paidAt >= :from and p.paidAt < :to order by p.paidAt, p.id", Payment.class)
                .setParameter("c", companyId).setParameter("who", collector).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    @Override
    public List<PaymentAllocation> allocations(long paymentId) {
        return em.createQuery("select a from PaymentAllocation a where a.paymentId = :p order by a.id",
                PaymentAllocation.class).setParameter("p", paymentId).getResultList();
    }

    @Override
    public List<Payment> depositPayments(long depositId) {
        return em.createQuery("select p from Payment p where p.depositId = :d order by p.id", Payment.class)
                .setParameter("d", depositId).getResultList();
    }

    @Override
    public int nextReceiptNumber(long companyId, int year) {
        int updated = em.createNativeQuery("update receipt_counter set last_number = last_number + 1"
                + " where company_id = ? and receipt_year = ?").setParameter(1, companyId).setParameter(2, year)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into receipt_counter (company_id, receipt_year, last_number) values (?, ?, 1)")
                    .setParameter(1, companyId).setParameter(2, year).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("select last_number from receipt_counter where company_id = ?"
                + " and receipt_year = ?").setParameter(1, companyId).setParameter(2, year).getSingleResult())
                .intValue();
    }
}
