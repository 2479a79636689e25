package org.estatedesk.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly statistics' grouped queries on H2 with the migrations (R6.2): every figure of a small month set up
 * here by hand, the month's boundaries at local midnight in China (a task created on 31 October at 23:30 and
 * completed on 1 November at 00:30 is no November request but a November completion), communication complaints
 * left out, the bills of the period and the arrears of it and the months before; a second snapshot of the month
 * replaces the first with the next revision.
 */
class StatisticsQueryTest {
    private static final String URL = "jdbc:h2:mem:statistics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static EntityManagerFactory emf;
    private static Connection sql;

    private static void task(Statement s, long id, long estate, String kind, String complaintType, String tier,
            String created, String due, String completed, String escalation) throws SQLException {
        s.execute("insert into task (id, company_id, estate_id, reception_id, kind, complaint_type, category_id,"
                + " category_code, location_kind, department, tier, due_at, emergency, state, owner, escalation_level,"
                + " repeat_count, created_at, completed_at, version, in_warranty) values (" + id + ", 10, " + estate
                + ", 1, '" + kind + "', " + (complaintType == null ? "null" : "'" + complaintType + "'") + ", 1,"
                + " '" + (kind.equals("REPAIR") ? "water-pipe" : "noise") + "', 'UNIT', 'ENGINEERING', '" + tier
                + "', timestamp with time zone '" + due + "', false, '"
                + (completed == null ? "TO_ASSIGN" : "COMPLETED") + "', 'frontdesk', '" + escalation + "', 0,"
                + " timestamp with time zone '" + created + "', "
                + (completed == null ? "null" : "timestamp with time zone '" + completed + "'") + ", 0, false)");
    }

    private static void bill(Statement s, long id, long estate, long unit, String period, String total, String paid)
            throws SQLException {
        s.execute("insert into bill (id, company_id, estate_id, unit_id, period, issued_on, due_on, total, paid, state,"
                + " version) values (" + id + ", 10, " + estate + ", " + unit + ", '" + period + "', date '2026-11-01',"
                + " date '2026-11-30', " + total + ", " + paid + ", 'OPEN', 0)");
    }

    @BeforeAll
    static void database() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        sql = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = sql.createStatement()) {
            s.execute("set referential_integrity false");
            for (long e = 1; e <= 3; e++) {
                s.execute("insert into estate (id, company_id, code, name) values (" + e + ", " + (e == 3 ? 11 : 10)
                        + ", 'E" + e + "', 'Estate " + e + "')");
            }
            // 200 units in estate 1, 1,000 in estate 2, 50 in estate 3
            s.execute("insert into unit (id, company_id, estate_id, code, type, area, state) select x, 10,"
                    + " case when x <= 200 then 1 when x <= 1200 then 2 else 3 end, 'U' || x, 'RESIDENCE', 88,"
                    + " 'HANDED_OVER' from (select \"X\" as x from system_range(1, 1250)) r");
            for (String[] r : new String[][] {{"1", "2026-11-03 09:00:00+08"}, {"2", "2026-11-30 23:59:00+08"},
                {"3", "2026-10-31 23:59:00+08"}, {"4", "2026-12-01 00:00:00+08"}}) {
                s.execute("insert into reception (id, company_id, estate_id, channel, caller_name, caller_phone,"
                        + " description, state, received_by, received_at, version) values (" + r[0] + ", 10, 1,"
                        + " 'PHONE', 'W', '1', 'd', 'SPLIT', 'frontdesk', timestamp with time zone '" + r[1]
                        + "', 0)");
            }
            // estate 1: on time (20 min), late (240 min), an effective complaint moved up, a venting complaint,
            // one created in October and completed in November (60 min, late), one of December
            task(s, 1, 1, "REPAIR", null, "GENERAL", "2026-11-05 10:00:00+08", "2026-11-05 10:30:00+08",
                    "2026-11-05 10:20:00+08", "NONE");
            task(s, 2, 1, "REPAIR", null, "COMPLEX", "2026-11-10 09:00:00+08", "2026-11-10 12:00:00+08",
                    "2026-11-10 13:00:00+08", "NONE");
            s.execute("update task set paused_seconds = 3600 where id = 2"); // an hour waiting on the customer
            task(s, 3, 1, "COMPLAINT", "EFFECTIVE", "GENERAL", "2026-11-20 08:00:00+08", "2026-11-20 08:30:00+08",
                    null, "DEVELOPER");
            task(s, 4, 1, "COMPLAINT", "VENTING", "GENERAL", "2026-11-21 08:00:00+08", "2026-11-21 08:30:00+08",
                    null, "NONE");
            task(s, 5, 1, "REPAIR", null, "GENERAL", "2026-10-31 23:30:00+08", "2026-11-01 00:00:00+08",
                    "2026-11-01 00:30:00+08", "NONE");
            task(s, 6, 1, "REPAIR", null, "GENERAL", "2026-12-01 00:00:00+08", "2026-12-01 00:30:00+08",
                    "2026-12-01 00:10:00+08", "NONE");
            // estate 2: one complaint moved up to HQ in the last minute of November
            task(s, 7, 2, "COMPLAINT", null, "GENERAL", "2026-11-30 23:59:00+08", "2026-12-01 00:29:00+08", null,
                    "HQ");
            // estate 3 (not asked for)
            task(s, 8, 3, "REPAIR", null, "GENERAL", "2026-11-05 10:00:00+08", "2026-11-05 10:30:00+08",
                    "2026-11-05 10:20:00+08", "NONE");
            s.execute("insert into callback (id, task_id, company_id, estate_id, result, called_by, called_at, late)"
                    + " values (1, 1, 10, 1, 'SATISFIED', 'frontdesk', timestamp with time zone"
                    + " '2026-11-06 10:00:00+08', false), (2, 2, 10, 1, 'DISSATISFIED', 'frontdesk',"
                    + " timestamp with time zone '2026-11-11 10:00:00+08', false), (3, 6, 10, 1, 'FAIR', 'frontdesk',"
                    + " timestamp with time zone '2026-12-02 10:00:00+08', false)");
            // decorations of estate 1: units 1 (permit in October, still running; a second permit in November)
            // and 2 (permit and acceptance in November) are under decoration in November; unit 3's works were
            // accepted in October, unit 4's permit came in December
            decoration(s, 1, 1, "2026-10-15 10:00:00+08", null);
            decoration(s, 2, 2, "2026-11-20 10:00:00+08", "2026-11-28 10:00:00+08");
            decoration(s, 3, 3, "2026-09-01 10:00:00+08", "2026-10-30 10:00:00+08");
            decoration(s, 4, 4, "2026-12-01 00:00:00+08", null);
            decoration(s, 5, 1, "2026-11-02 10:00:00+08", null);
            // violations of estate 1: two found in November, one in October, one in December
            for (String[] v : new String[][] {{"1", "2026-11-05 10:00:00+08"}, {"2", "2026-11-30 23:59:00+08"},
                {"3", "2026-10-31 23:59:00+08"}, {"4", "2026-12-01 00:00:00+08"}}) {
                s.execute("insert into decoration_violation (id, company_id, estate_id, unit_id, unit_code, description,"
                        + " stopped_on_site, state, found_by, found_at, version) values (" + v[0] + ", 10, 1, 1, 'U1',"
                        + " 'x', true, 'FOUND', 'assistant', timestamp with time zone '" + v[1] + "', 0)");
            }
            bill(s, 1, 1, 1, "2026-11", "100.00", "100.00");
            bill(s, 2, 1, 2, "2026-11", "300.00", "50.00");
            bill(s, 3, 1, 1, "2026-10", "80.00", "0.00");
            bill(s, 4, 1, 1, "2026-12", "999.00", "0.00");
            bill(s, 5, 2, 300, "2026-10", "10.00", "10.00");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        props.put("jakarta.persistence.jtaDataSource", dataSource);
        props.put("jakarta.persistence.validation.mode", "NONE");
        props.put("hibernate.transaction.jta.platform", "none");
        emf = Persistence.createEntityManagerFactory("estatedesk", props);
    }

    private static void decoration(Statement s, long id, long unit, String permitAt, String acceptedAt)
            throws SQLException {
        s.execute("insert into decoration_application (id, company_id, estate_id, unit_id, unit_code, contractor_name,"
                + " plan_text, start_date, end_date, state, round_no, submitted_by, submitted_at, decision_due_at,"
                + " permit_issued_at, accepted_at, version) values (" + id + ", 10, 1, " + unit + ", 'U" + unit
                + "', 'c', 'p', date '2026-09-01', date '2027-01-31', 'PERMIT_ISSUED', 1, 'f', timestamp with time"
                + " zone '2026-09-01 00:00:00+08', timestamp with time zone '2026-09-04 00:00:00+08', timestamp with"
                + " time zone '" + permitAt + "', " + (acceptedAt == null ? "null" : "timestamp with time zone '"
                + acceptedAt + "'") + ", 0)");
    }

    @AfterAll
    static void close() throws SQLException {
        emf.close();
        sql.close();
    }

    @Test
    void everyFigureOfTheMonthAsCountedByHand() {
        EntityManager em = emf.createEntityManager();
        try {
            List<MonthlyFigures> all = new JpaStatisticsRepository(em).compute(List.of(1L, 2L), NOV);
            assertEquals(2, all.size());
            MonthlyFigures one = all.get(0);
            assertEquals(1, one.estateId());
            assertEquals(10, one.companyId());
            assertEquals(200, one.units());
            assertEquals(2, one.receptions());
            assertEquals(4, one.requests(), "tasks 1–4; 5 is October's, 6 December's");
            assertEquals(3, one.completed(), "tasks 1, 2 and 5");
            assertEquals(1, one.completedOnTime());
            assertEquals(new BigDecimal("33.3"), one.onTimeRate());
            assertEquals(new BigDecimal("86.7"), one.averageHandlingMinutes(),
                    "(20 + 240 − 60 waited on the customer + 60) / 3");
            assertEquals(2, one.calledBack());
            assertEquals(new BigDecimal("66.7"), one.callbackRate());
            assertEquals(1, one.callbacksSatisfied());
            assertEquals(0, one.callbacksFair(), "December's callback is not November's");
            assertEquals(1, one.callbacksDissatisfied());
            assertEquals(new BigDecimal("50.0"), one.satisfactionRate());
            assertEquals(1, one.escalatedDeveloper());
            assertEquals(0, one.escalatedHq());
            assertEquals(1, one.complaints(), "the venting complaint is a communication complaint");
            assertEquals(new BigDecimal("5.00"), one.complaintPermille());
            assertEquals(2L, one.violations(), "November's violations");
            assertEquals(2L, one.unitsDecorating(), "units 1 and 2, unit 1 once");
            assertEquals(new BigDecimal("1000.00"), one.violationPermille());
            assertEquals(new BigDecimal("400.00"), one.billed());
            assertEquals(new BigDecimal("150.00"), one.collected());
            assertEquals(new BigDecimal("37.5"), one.collectionRate());
            assertEquals(new BigDecimal("330.00"), one.arrears(), "250 of November and 80 of October");
            assertEquals(List.of(new Breakdown(Breakdown.Dimension.TIER, "COMPLEX", 1, 1, 0),
                    new Breakdown(Breakdown.Dimension.TIER, "GENERAL", 3, 2, 1)),
                    one.breakdown(Breakdown.Dimension.TIER));
            assertEquals(List.of(new Breakdown(Breakdown.Dimension.KIND, "COMPLAINT", 2, 0, 0),
                    new Breakdown(Breakdown.Dimension.KIND, "REPAIR", 2, 3, 1)),
                    one.breakdown(Breakdown.Dimension.KIND));
            assertEquals(List.of(new Breakdown(Breakdown.Dimension.CATEGORY, "noise", 2, 0, 0),
                    new Breakdown(Breakdown.Dimension.CATEGORY, "water-pipe", 2, 3, 1)),
                    one.breakdown(Breakdown.Dimension.CATEGORY));
            assertEquals(new BigDecimal("50.0"), one.onTimeRate("GENERAL"));
            assertEquals(new BigDecimal("0.0"), one.onTimeRate("COMPLEX"));

            MonthlyFigures two = all.get(1);
            assertEquals(1000, two.units());
            assertEquals(1, two.requests());
            assertEquals(1, two.escalatedHq());
            assertEquals(1, two.complaints(), "a complaint without a type counts as effective");
            assertEquals(new BigDecimal("1.00"), two.complaintPermille());
            assertEquals(0, two.completed());
            assertNull(two.onTimeRate());
            assertEquals(new BigDecimal("0.00"), two.billed());
            assertNull(two.collectionRate());
            assertEquals(new BigDecimal("0.00"), two.arrears());
        } finally {
            em.close();
        }
    }

    @Test
    void aSecondSnapshotOfTheMonthReplacesTheFirst() {
        EntityManager em = emf.createEntityManager();
        try {
            JpaStatisticsRepository repository = new JpaStatisticsRepository(em);
            MonthlyFigures figures = repository.compute(List.of(2L), NOV).get(0);
            OffsetDateTime now = OffsetDateTime.of(2026, 12, 3, 0, 0, 0, 0, ZoneOffset.UTC);
            em.getTransaction().begin();
            assertEquals(1, repository.replace(figures, null, now));
            em.getTransaction().commit();
            em.getTransaction().begin();
            assertEquals(2, repository.replace(figures, null, now.plusHours(1)));
            em.getTransaction().commit();
            em.clear();
            var stored = repository.trend(2, NOV.minusMonths(11), NOV);
            assertEquals(1, stored.size());
            assertEquals(2, stored.get(0).revision());
            MonthlyFigures read = stored.get(0).figures();
            assertEquals(sorted(figures), sorted(read));
        } finally {
            em.close();
        }
    }

    /** The figures with their breakdown in a fixed order, for comparison. */
    private static MonthlyFigures sorted(MonthlyFigures f) {
        return new MonthlyFigures(f.companyId(), f.estateId(), f.period(), f.units(), f.receptions(), f.requests(),
                f.completed(), f.completedOnTime(), f.handlingSeconds(), f.calledBack(), f.callbacksSatisfied(),
                f.callbacksFair(), f.callbacksDissatisfied(), f.escalatedDeveloper(), f.escalatedHq(), f.complaints(),
                f.violations(), f.unitsDecorating(), f.billed(), f.collected(), f.arrears(), f.breakdown().stream()
                        .sorted(java.util.Comparator.comparing((Breakdown b) -> b.dimension() + "/" + b.code()))
                        .toList());
    }
}
