package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.estatedesk.shared.Money;

/** The grouped queries of the finance statements (R4.7); callers pass the estates the caller may see. */
@ApplicationScoped
public class StatementRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    public record MethodSum(long estateId, PaymentMethod method, long payments, BigDecimal amount) {
    }

    public record AgeingSums(long estateId, BigDecimal notDue, BigDecimal upTo30, BigDecimal upTo90,
            BigDecimal upTo180, BigDecimal over180, BigDecimal lateFees) {
    }

    public record PeriodSums(long estateId, YearMonth period, long bills, BigDecimal billed, BigDecimal collected) {
    }

    /**
     * Payments (and reversals) per estate and method taken in [from, to): money received, so deposits to prepaid
     * balances count and the deductions from them (method PREPAID) do not; refundable deposits taken and paid back
     * are money held, not income, but the fines and damages kept from them (method DEPOSIT) are.
     */
    public List<MethodSum> income(Collection<Long> estateIds, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select p.estateId, p.method, count(p), sum(p.amount) from Payment p"
                + " where p.estateId in :e and p.paidAt >= :from and p.paidAt < :to and p.method <> :prepaid"
                + " and (p.depositId is null or p.method = :deposit)"
                + " group by p.estateId, p.method", Object[].class).setParameter("prepaid", PaymentMethod.PREPAID)
                .setParameter("deposit", PaymentMethod.DEPOSIT)
                .setParameter("e", estateIds).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(r -> new MethodSum((Long) r[0], (PaymentMethod) r[1], (Long) r[2],
                        money(r[3]))).toList();
    }

    /**
     * Unpaid principal per estate by days past due on {@code asOf}: not due yet, 0–30, 31–90, 91–180, over 180;
     * and the unpaid late fees.
     */
    public List<AgeingSums> ageing(Collection<Long> estateIds, LocalDate asOf) {
        String owed = " then b.total - b.paid else 0 end)";
        return em.createQuery("select b.estateId,"
                + " sum(case when b.dueOn > :asOf" + owed + ","
                + " sum(case when b.dueOn <= :asOf and b.dueOn >= :d30" + owed + ","
                + " sum(case when b.dueOn < :d30 and b.dueOn >= :d90" + owed + ","
                + " sum(case when b.dueOn < :d90 and b.dueOn >= :d180" + owed + ","
                + " sum(case when b.dueOn < :d180" + owed + ","
                + " sum(b.lateFee - b.lateFeePaid)"
                + " from Bill b where b.estateId in :e and b.state <> :paid group by b.estateId", Object[].class)
                .setParameter("e", estateIds).setParameter("paid", BillState.PAID).setParameter("asOf", asOf)
                .setParameter("d30", asOf.minusDays(30)).setParameter("d90", asOf.minusDays(90))
                .setParameter("d180", asOf.minusDays(180)).getResultStream()
                .map(r -> new AgeingSums((Long) r[0], money(r[1]), money(r[2]), money(r[3]), money(r[4]), money(r[5]),
                        money(r[6]))).toList();
    }

    /** Bills per estate and billing month in [from, to]: count, billed and collected. */
    public List<PeriodSums> collection(Collection<Long> estateIds, YearMonth from, YearMonth to) {
        return em.createQuery("select b.estateId, b.period, count(b), sum(b.total), sum(b.paid) from Bill b"
                + " where b.estateId in :e and b.period >= :from and b.period <= :to"
                + " group by b.estateId, b.period order by b.period, b.estateId", Object[].class)
                .setParameter("e", estateIds).setParameter("from", from.toString()).setParameter("to", to.toString())
                .getResultStream().map(r -> new PeriodSums((Long) r[0], YearMonth.parse((String) r[1]), (Long) r[2],
                        money(r[3]), money(r[4]))).toList();
    }

    private static BigDecimal money(Object o) {
        return o == null ? Money.ZERO : Money.round(o instanceof BigDecimal d ? d : new BigDecimal(o.toString()));
    }
}
