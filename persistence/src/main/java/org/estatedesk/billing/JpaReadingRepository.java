package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaReadingRepository implements ReadingRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(MeterReading reading) {
        em.persist(reading);
    }

    @Override
    public Optional<MeterReading> lastReading(long unitId, MeterKind meter) {
        return em.createQuery("select r from MeterReading r where r.unitId = :u and r.meter = :m"
                + " order by r.period desc", MeterReading.class).setParameter("u", unitId).setParameter("m", meter)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<MeterReading> readings(long unitId) {
        return em.createQuery("select r from MeterReading r where r.unitId = :u order by r.period desc, r.meter",
                MeterReading.class).setParameter("u", unitId).getResultList();
    }

    @Override
    public List<LastReading> lastReadings(long estateId, MeterKind meter) {
        List<LastReading> result = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select u.code, r.period, r.reading from unit u"
                + " left join meter_reading r on r.unit_id = u.id and r.meter = ?1 and r.period = (select max(r2.period)"
                + " from meter_reading r2 where r2.unit_id = u.id and r2.meter = ?1) where u.estate_id = ?2"
                + " order by u.code").setParameter(1, meter.name()).setParameter(2, estateId))) {
            result.add(new LastReading((String) r[0], r[1] == null ? null : YearMonth.parse((String) r[1]),
                    r[2] == null ? null : decimal(r[2])));
        }
        return result;
    }

    @Override
    public Map<Long, Map<MeterKind, BigDecimal>> consumption(Collection<Long> unitIds, YearMonth period) {
        Map<Long, Map<MeterKind, BigDecimal>> result = new HashMap<>();
        if (unitIds.isEmpty()) {
            return result;
        }
        for (Object[] r : em.createQuery("select r.unitId, r.meter, r.reading - r.previous from MeterReading r"
                + " where r.unitId in :u and r.period = :p and r.settledBy is null", Object[].class).setParameter("u", unitIds)
                .setParameter("p", period.toString()).getResultList()) {
            result.computeIfAbsent((Long) r[0], k -> new EnumMap<>(MeterKind.class)).put((MeterKind) r[1],
                    (BigDecimal) r[2]);
        }
        return result;
    }

    /** Units {@code u} of the estate and types with no reading {@code r} of the meter for the period. */
    private static String missingWhere(Collection<Long> except) {
        return " from Unit u where u.estateId = :e and u.type in :t" + (except.isEmpty() ? "" : " and u.id not in :x")
                + " and not exists (select 1 from MeterReading r where r.unitId = u.id and r.meter = :m"
                + " and r.period = :p)";
    }

    private static <Q extends jakarta.persistence.Query> Q bindMissing(Q q, long estateId,
            Collection<org.estatedesk.estates.UnitType> types, MeterKind meter, YearMonth period,
            Collection<Long> except) {
        q.setParameter("e", estateId).setParameter("t", types).setParameter("m", meter)
                .setParameter("p", period.toString());
        if (!except.isEmpty()) {
            q.setParameter("x", except);
        }
        return q;
    }

    @Override
    public List<MissingReading> missing(long estateId, Collection<org.estatedesk.estates.UnitType> types,
            MeterKind meter, YearMonth period, Collection<Long> except, int limit) {
        if (types.isEmpty() || limit < 1) {
            return List.of();
        }
        return bindMissing(em.createQuery("select u.id, u.code" + missingWhere(except) + " order by u.code, u.id",
                Object[].class), estateId, types, meter, period, except).setMaxResults(limit).getResultList().stream()
                .map(r -> new MissingReading((Long) r[0], (String) r[1], estateId, meter)).toList();
    }

    @Override
    public long countMissing(long estateId, Collection<org.estatedesk.estates.UnitType> types, MeterKind meter,
            YearMonth period, Collection<Long> except) {
        if (types.isEmpty()) {
            return 0;
        }
        return bindMissing(em.createQuery("select count(u)" + missingWhere(except), Long.class), estateId, types,
                meter, period, except).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }
}
