package org.estatedesk.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

/**
 * The monthly statistics computed by seven grouped SQL statements over the month's rows of a set of estates —
 * tasks created, tasks completed, callbacks, receptions, units, the period's bills and the arrears — never by
 * loading rows into Java. The statements are plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    public JpaStatisticsRepository() {
    }

    /** For tests outside the container. */
    JpaStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** Per estate while the figures are being put together. */
    private static final class Acc {
        long units;
        long receptions;
        long requests;
        long completed;
        long onTime;
        BigDecimal handling = BigDecimal.ZERO;
        long calledBack;
        long satisfied;
        long fair;
        long dissatisfied;
        long developer;
        long hq;
        long complaints;
        BigDecimal billed = BigDecimal.ZERO.setScale(2);
        BigDecimal collected = BigDecimal.ZERO.setScale(2);
        BigDecimal arrears = BigDecimal.ZERO.setScale(2);
        final Map<String, Breakdown> breakdown = new LinkedHashMap<>();

        void add(Breakdown.Dimension d, String code, long requests, long completed, long onTime) {
            breakdown.merge(d + "/" + code, new Breakdown(d, code, requests, completed, onTime),
                    (a, b) -> a.plus(b.requests(), b.completed(), b.completedOnTime()));
        }
    }

    @Override
    public List<MonthlyFigures> compute(Collection<Long> estateIds, YearMonth period) {
        if (estateIds.isEmpty()) {
            return List.of();
        }
        OffsetDateTime from = period.atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        Map<Long, Long> companies = new HashMap<>();
        Map<Long, Acc> acc = new LinkedHashMap<>();
        for (Object[] r : rows("select id, company_id from estate where id in (:e) order by id", estateIds, null,
                null)) {
            companies.put(num(r[0]), num(r[1]));
            acc.put(num(r[0]), new Acc());
        }
        for (Object[] r : rows("select estate_id, count(*) from unit where estate_id in (:e) group by estate_id",
                estateIds, null, null)) {
            acc.get(num(r[0])).units = num(r[1]);
        }
        for (Object[] r : rows("select estate_id, count(*) from reception where estate_id in (:e)"
                + " and received_at >= :from and received_at < :to group by estate_id", estateIds, from, to)) {
            acc.get(num(r[0])).receptions = num(r[1]);
        }
        // requests of the month: created in it
        for (Object[] r : rows("select estate_id, kind, category_code, tier, count(*),"
                + " sum(case when kind = 'COMPLAINT' and (complaint_type is null or complaint_type = 'EFFECTIVE')"
                + " then 1 else 0 end),"
                + " sum(case when escalation_level = 'DEVELOPER' then 1 else 0 end),"
                + " sum(case when escalation_level = 'HQ' then 1 else 0 end)"
                + " from task where estate_id in (:e) and created_at >= :from and created_at < :to"
                + " group by estate_id, kind, category_code, tier", estateIds, from, to)) {
            Acc a = acc.get(num(r[0]));
            long n = num(r[4]);
            a.requests += n;
            a.complaints += num(r[5]);
            a.developer += num(r[6]);
            a.hq += num(r[7]);
            a.add(Breakdown.Dimension.KIND, (String) r[1], n, 0, 0);
            a.add(Breakdown.Dimension.CATEGORY, (String) r[2], n, 0, 0);
            a.add(Breakdown.Dimension.TIER, (String) r[3], n, 0, 0);
        }
        // completions of the month: on time, handling time, callbacks
        for (Object[] r : rows("select t.estate_id, t.kind, t.category_code, t.tier, count(*),"
                + " sum(case when t.completed_at <= t.due_at then 1 else 0 end),"
                + " sum(extract(epoch from t.completed_at) - extract(epoch from t.created_at) - t.paused_seconds),"
                + " sum(case when exists (select 1 from callback c where c.task_id = t.id) then 1 else 0 end)"
                + " from task t where t.estate_id in (:e) and t.completed_at >= :from and t.completed_at < :to"
                + " group by t.estate_id, t.kind, t.category_code, t.tier", estateIds, from, to)) {
            Acc a = acc.get(num(r[0]));
            long n = num(r[4]);
            long onTime = num(r[5]);
            a.completed += n;
            a.onTime += onTime;
            a.handling = a.handling.add(decimal(r[6]));
            a.calledBack += num(r[7]);
            a.add(Breakdown.Dimension.KIND, (String) r[1], 0, n, onTime);
            a.add(Breakdown.Dimension.CATEGORY, (String) r[2], 0, n, onTime);
            a.add(Breakdown.Dimension.TIER, (String) r[3], 0, n, onTime);
        }
        for (Object[] r : rows("select estate_id, result, count(*) from callback where estate_id in (:e)"
                + " and called_at >= :from and called_at < :to group by estate_id, result", estateIds, from, to)) {
            Acc a = acc.get(num(r[0]));
            switch ((String) r[1]) {
                case "SATISFIED" -> a.satisfied += num(r[2]);
                case "FAIR" -> a.fair += num(r[2]);
                case "UNREACHABLE" -> {
                    // an attempt that reached nobody is no verdict
                }
                default -> a.dissatisfied += num(r[2]);
            }
        }
        for (Object[] r : billRows("select estate_id, sum(total), sum(paid) from bill where estate_id in (:e)"
                + " and period = :p group by estate_id", estateIds, period)) {
            Acc a = acc.get(num(r[0]));
            a.billed = decimal(r[1]).setScale(2);
            a.collected = decimal(r[2]).setScale(2);
        }
        for (Object[] r : billRows("select estate_id, sum(total - paid) from bill where estate_id in (:e)"
                + " and period <= :p and total > paid group by estate_id", estateIds, period)) {
            acc.get(num(r[0])).arrears = decimal(r[1]).setScale(2);
        }
        Map<Long, long[]> violations = decorationViolations(estateIds, from, to);
        List<MonthlyFigures> result = new ArrayList<>();
        acc.forEach((estate, a) -> {
            long[] v = violations.get(estate);
            result.add(new MonthlyFigures(companies.get(estate), estate, period, a.units, a.receptions, a.requests,
                    a.completed, a.onTime, a.handling.setScale(0, java.math.RoundingMode.HALF_UP), a.calledBack,
                    a.satisfied, a.fair, a.dissatisfied, a.developer, a.hq, a.complaints, v == null ? null : v[0],
                    v == null ? null : v[1], a.billed, a.collected, a.arrears, List.copyOf(a.breakdown.values())));
        });
        return result;
    }

    /**
     * Decoration violations found in [from, to) and the units under decoration then, per estate: {violations,
     * units} (R3.4's rate, goal ≤ 3 ‰). A unit is under decoration while its permit was issued before {@code to}
     * and its works were not accepted before {@code from}. Every asked estate has an entry.
     */
    @Override
    public Map<Long, long[]> decorationViolations(Collection<Long> estateIds, OffsetDateTime from,
            OffsetDateTime to) {
        Map<Long, long[]> result = new HashMap<>();
        estateIds.forEach(e -> result.put(e, new long[2]));
        for (Object[] r : rows("select estate_id, count(*) from decoration_violation where estate_id in (:e)"
                + " and found_at >= :from and found_at < :to group by estate_id", estateIds, from, to)) {
            result.get(num(r[0]))[0] = num(r[1]);
        }
        for (Object[] r : rows("select estate_id, count(distinct unit_id) from decoration_application"
                + " where estate_id in (:e) and permit_issued_at < :to and (accepted_at is null or accepted_at >= :from)"
                + " group by estate_id", estateIds, from, to)) {
            result.get(num(r[0]))[1] = num(r[1]);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> estateIds, OffsetDateTime from, OffsetDateTime to) {
        var q = em.createNativeQuery(sql, Object[].class).setParameter("e", estateIds);
        if (from != null) {
            q.setParameter("from", from).setParameter("to", to);
        }
        return q.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> billRows(String sql, Collection<Long> estateIds, YearMonth period) {
        return em.createNativeQuery(sql, Object[].class).setParameter("e", estateIds)
                .setParameter("p", period.toString()).getResultList();
    }

    @Override
    public int replace(MonthlyFigures f, Long runId, OffsetDateTime now) {
        String period = f.period().toString();
        Integer before = em.createQuery("select max(s.revision) from StatisticsSnapshot s where s.estateId = :e"
                + " and s.period = :p", Integer.class).setParameter("e", f.estateId()).setParameter("p", period)
                .getSingleResult();
        // bulk statements run at once, before the inserts below (a flush would insert before it deletes)
        em.createQuery("delete from StatisticsBreakdown b where b.snapshotId in (select s.id from"
                + " StatisticsSnapshot s where s.estateId = :e and s.period = :p)").setParameter("e", f.estateId())
                .setParameter("p", period).executeUpdate();
        em.createQuery("delete from StatisticsSnapshot s where s.estateId = :e and s.period = :p")
                .setParameter("e", f.estateId()).setParameter("p", period).executeUpdate();
        int revision = before == null ? 1 : before + 1;
        StatisticsSnapshot s = new StatisticsSnapshot(f, revision, runId, now);
        em.persist(s);
        em.flush();
        for (Breakdown b : f.breakdown()) {
            em.persist(new StatisticsBreakdown(s.getId(), b));
        }
        return revision;
    }

    @Override
    public List<Snapshot> snapshots(DataScope scope, YearMonth period) {
        List<StatisticsSnapshot> found = scope.bind(em.createQuery("select s from StatisticsSnapshot s, Estate e"
                + " where e.id = s.estateId and " + DataScope.ESTATE_VISIBLE + " and s.period = :p"
                + " order by s.estateId", StatisticsSnapshot.class)).setParameter("p", period.toString())
                .getResultList();
        return withBreakdown(found);
    }

    @Override
    public Optional<YearMonth> latestPeriod(DataScope scope) {
        String latest = scope.bind(em.createQuery("select max(s.period) from StatisticsSnapshot s, Estate e"
                + " where e.id = s.estateId and " + DataScope.ESTATE_VISIBLE, String.class)).getSingleResult();
        return Optional.ofNullable(latest).map(YearMonth::parse);
    }

    @Override
    public Optional<Snapshot> snapshot(long estateId, YearMonth period) {
        return trend(estateId, period, period).stream().findFirst();
    }

    @Override
    public List<Snapshot> trend(long estateId, YearMonth from, YearMonth to) {
        return withBreakdown(em.createQuery("select s from StatisticsSnapshot s where s.estateId = :e"
                + " and s.period >= :from and s.period <= :to order by s.period", StatisticsSnapshot.class)
                .setParameter("e", estateId).setParameter("from", from.toString()).setParameter("to", to.toString())
                .getResultList());
    }

    private List<Snapshot> withBreakdown(List<StatisticsSnapshot> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Breakdown>> lines = new HashMap<>();
        for (StatisticsBreakdown b : em.createQuery("select b from StatisticsBreakdown b where b.snapshotId in :ids",
                StatisticsBreakdown.class).setParameter("ids", found.stream().map(StatisticsSnapshot::getId).toList())
                .getResultList()) {
            lines.computeIfAbsent(b.getSnapshotId(), k -> new ArrayList<>()).add(b.toBreakdown());
        }
        return found.stream().map(s -> new Snapshot(s.getEstateId(), s.getRevision(), s.getRunId(),
                s.getComputedAt(), s.figures(lines.getOrDefault(s.getId(), List.of())))).toList();
    }

    @Override
    public void store(StatisticsRun run) {
        em.persist(run);
    }

    @Override
    public Optional<StatisticsRun> run(long id) {
        return Optional.ofNullable(em.find(StatisticsRun.class, id));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }
}
