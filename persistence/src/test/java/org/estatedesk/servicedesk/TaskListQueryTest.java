package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.VisibleEstates;
import org.flywaydb.core.Flyway;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task list (issue 3) on H2 with the migrations: every page the counters find — first, deep, across buckets and
 * across the change from one estate to several, by state, by estate, overdue (today's part too), mine, escalated,
 * over one estate or several or all — holds exactly the rows and total that a plain {@code order by id desc offset}
 * and {@code count(*)} give, in at most two SQL statements (counted by Hibernate's statement inspector), and the
 * counts per state too; filters outside the counters as well; the migrations count existing tasks; a change moves
 * the task between the counters of every tag, which the compaction folds without changing a sum; clearing a company
 * takes its tasks out of all of them.
 */
class TaskListQueryTest {
    private static final String URL = "jdbc:h2:mem:tasklist;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final int TASKS = 80_000;
    /** Midday: the tasks due this morning are the overdue ones the counters leave to the task table. */
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String NOW_SQL = "timestamp with time zone '2026-01-01 12:00:00+00'";
    static final AtomicInteger STATEMENTS = new AtomicInteger();

    /** Counts every SQL statement Hibernate prepares. */
    public static class Counting implements StatementInspector {
        @Override
        public String inspect(String sql) {
            STATEMENTS.incrementAndGet();
            return sql;
        }
    }

    private static EntityManagerFactory emf;
    private static Connection sql;

    @BeforeAll
    static void database() throws SQLException {
        // the tasks exist before the counters' migrations (V9, V33), which count them as they count existing data
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
        sql = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = sql.createStatement()) {
            s.execute("set referential_integrity false");
            // ids 1..80,000 over five buckets; estate 1, 2 or 3 up to 60,000, then only estate 1 (so that the newest
            // pages lie in one estate); every seventh to assign, every eleventh to implement, every seventeenth
            // waiting on the customer (open, never overdue: R1.5); one due every ten
            // minutes; a third assigned to tech, a third to the first responder himself
            s.execute("insert into task (id, company_id, estate_id, reception_id, kind, category_id, category_code,"
                    + " location_kind, department, tier, due_at, emergency, state, owner, assignee, escalation_level,"
                    + " repeat_count, created_at, version, in_warranty)"
                    + " select x, 1, case when x > 60000 or mod(x, 5) < 3 then 1 when mod(x, 5) = 3 then 2 else 3 end, 1,"
                    + " 'REPAIR',"
                    + " 1, 'water-pipe', 'PUBLIC_FACILITY', 'ENGINEERING', 'GENERAL',"
                    + " timestamp with time zone '2025-06-01 00:00:00+00' + x * interval '10' minute, false,"
                    + " case when mod(x, 7) = 0 then 'TO_ASSIGN' when mod(x, 11) = 0 then 'TO_IMPLEMENT'"
                    + " when mod(x, 17) = 0 then 'WAITING_CUSTOMER' else 'CLOSED' end, 'frontdesk',"
                    + " case mod(x, 3) when 0 then 'tech' when 1 then 'frontdesk' end,"
                    + " case when mod(x, 13) = 0 then 'ESCALATED' else 'NONE' end, 0,"
                    + " timestamp with time zone '2025-01-01 00:00:00+00', 0, false"
                    + " from (select \"X\" as x from system_range(1, " + TASKS + ")) r");
            s.execute("update task set escalation_level = 'DEVELOPER' where escalation_level = 'ESCALATED'");
        }
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        props.put("jakarta.persistence.jtaDataSource", dataSource);
        props.put("jakarta.persistence.validation.mode", "NONE");
        props.put("hibernate.transaction.jta.platform", "none");
        props.put("hibernate.session_factory.statement_inspector", Counting.class.getName());
        emf = Persistence.createEntityManagerFactory("estatedesk", props);
    }

    @AfterAll
    static void close() throws SQLException {
        emf.close();
        sql.close();
    }

    @Test
    void pagesFoundThroughTheCountersAreThePlainOffsetPagesInTwoStatements() throws Exception {
        VisibleEstates one = VisibleEstates.of(List.of(2L));
        VisibleEstates two = VisibleEstates.of(List.of(1L, 3L));
        for (VisibleEstates v : List.of(VisibleEstates.EVERY, one, two)) {
            for (TaskState state : new TaskState[] {null, TaskState.TO_ASSIGN, TaskState.CLOSED}) {
                for (int[] p : new int[][] {{0, 50}, {1, 50}, {7, 500}, {100, 50}, {300, 100}, {327, 50}, {40, 500},
                    {399, 50}, {400, 50}, {1000, 50}, {1599, 50}, {1600, 50}}) {
                    TaskFilter f = new TaskFilter(state, null, null, null, null, null, null, false);
                    assertSameAsPlain(f, v, new PageRequest(p[0], p[1]), true);
                }
            }
        }
        TaskFilter estate3 = new TaskFilter(null, null, 3L, null, null, null, null, false);
        assertSameAsPlain(estate3, VisibleEstates.EVERY, new PageRequest(90, 50), true);
        assertSameAsPlain(estate3, two, new PageRequest(0, 50), true);
        // an estate outside the visible ones: nothing, and no query at all
        Page<Task> hidden = page(estate3, one, new PageRequest(0, 50));
        assertEquals(0, hidden.total());
        assertEquals(0, STATEMENTS.get());
    }

    @Test
    void mineEscalatedAndOverdueAreCountedUnderTheirTagsAndPageLikeTheStateList() throws Exception {
        VisibleEstates one = VisibleEstates.of(List.of(2L));
        VisibleEstates two = VisibleEstates.of(List.of(1L, 3L));
        List<TaskFilter> filters = List.of(TaskFilter.ALL.withOverdue(true), TaskFilter.ALL.withOverdue(false),
                TaskFilter.ALL.withEscalated(true), TaskFilter.ALL.withMine("frontdesk"), TaskFilter.ALL.withMine("tech"),
                TaskFilter.ALL.withMine("nobody"), TaskFilter.ALL.withMine("frontdesk").withOpenOnly(),
                TaskFilter.ALL.withEscalated(true).withOpenOnly(), TaskFilter.ALL.withOpenOnly(),
                new TaskFilter(TaskState.TO_IMPLEMENT, true, null, null, null, null, null, false),
                new TaskFilter(TaskState.WAITING_CUSTOMER, true, null, null, null, null, null, false),
                new TaskFilter(TaskState.WAITING_CUSTOMER, false, null, null, null, null, null, false),
                new TaskFilter(TaskState.WAITING_CUSTOMER, null, null, null, null, null, null, false).withOpenOnly(),
                new TaskFilter(TaskState.CLOSED, true, null, null, null, null, null, false),
                new TaskFilter(TaskState.TO_ASSIGN, false, 3L, null, null, null, null, false),
                new TaskFilter(TaskState.TO_ASSIGN, null, null, "tech", null, null, null, false));
        for (TaskFilter f : filters) {
            for (VisibleEstates v : List.of(VisibleEstates.EVERY, one, two)) {
                for (int[] p : new int[][] {{0, 50}, {3, 50}, {40, 500}, {300, 100}, {1000, 50}}) {
                    assertSameAsPlain(f, v, new PageRequest(p[0], p[1]), true);
                }
            }
            assertEquals(plainByState(f), countByState(f), f.toString());
        }
    }

    @Test
    void filtersOutsideTheCountersCountOnTheTaskTableInTwoStatements() throws Exception {
        VisibleEstates two = VisibleEstates.of(List.of(1L, 3L));
        for (TaskFilter f : List.of(TaskFilter.ALL.withOverdue(true).withMine("frontdesk"),
                TaskFilter.ALL.withEscalated(true).withMine("tech"),
                new TaskFilter(null, null, null, null, null, java.util.Set.of(Department.ENGINEERING), null, false))) {
            assertSameAsPlain(f, two, new PageRequest(3, 50), false);
            assertSameAsPlain(f, VisibleEstates.EVERY, new PageRequest(0, 20), false);
        }
    }

    @Test
    void aStateChangeMovesTheTaskBetweenTheCountersAndCompactionKeepsTheSums() throws Exception {
        VisibleEstates all = VisibleEstates.EVERY;
        EntityManager em = emf.createEntityManager();
        JpaTaskRepository tasks = repository(em);
        Map<TaskState, Long> before = tasks.countByState(TaskFilter.ALL, all, NOW);
        assertEquals(TASKS, before.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(plainCount("select count(*) from task where state = 'TO_ASSIGN'"), before.get(TaskState.TO_ASSIGN));
        em.getTransaction().begin();
        Task t = em.find(Task.class, 7L * 1000);
        tasks.store(t.act(TaskAction.ASSIGN, "manager", "tech", null, null, Duration.ZERO, Duration.ZERO, NOW));
        em.getTransaction().commit();
        Map<TaskState, Long> after = tasks.countByState(TaskFilter.ALL, all, NOW);
        assertEquals(before.get(TaskState.TO_ASSIGN) - 1, after.get(TaskState.TO_ASSIGN));
        assertEquals(before.getOrDefault(TaskState.TO_REPLY, 0L) + 1, after.get(TaskState.TO_REPLY));
        long rows = plainCount("select count(*) from task_count");
        em.getTransaction().begin();
        tasks.compactCounters();
        em.getTransaction().commit();
        assertTrue(plainCount("select count(*) from task_count") < rows, "the deltas were folded");
        assertEquals(after, tasks.countByState(TaskFilter.ALL, all, NOW));
        assertSameAsPlain(new TaskFilter(TaskState.TO_REPLY, null, null, null, null, null, null, false), all,
                new PageRequest(0, 50), true);
        // the assignee's, the overdue and the escalated lists follow the task too, before and after compaction
        em.getTransaction().begin();
        Task u = em.find(Task.class, 13L * 7 * 100);
        tasks.store(u.act(TaskAction.ASSIGN, "manager", "newcomer", null, null, Duration.ZERO, Duration.ZERO, NOW));
        Task v = em.find(Task.class, 13L * 7 * 101);
        tasks.store(v.act(TaskAction.VOID, "manager", null, null, null, Duration.ZERO, Duration.ZERO, NOW));
        // an overdue task to assign waits on the customer (out of the overdue list), one waiting resumes (back in it)
        Task w = em.find(Task.class, 7L * 1001);
        tasks.store(w.act(TaskAction.WAIT_CUSTOMER, "manager", null, "业主出差", null, Duration.ZERO, Duration.ZERO,
                NOW));
        Task x = em.find(Task.class, 17L * 1000);
        assertEquals(TaskState.WAITING_CUSTOMER, x.getState());
        tasks.store(x.act(TaskAction.RESUME, "manager", null, null, null, Duration.ZERO, Duration.ZERO, NOW));
        em.getTransaction().commit();
        for (int round = 0; round < 2; round++) {
            for (TaskFilter f : List.of(TaskFilter.ALL.withMine("newcomer"), TaskFilter.ALL.withMine("frontdesk"),
                    TaskFilter.ALL.withOverdue(true), TaskFilter.ALL.withEscalated(true),
                    TaskFilter.ALL.withOpenOnly())) {
                assertSameAsPlain(f, all, new PageRequest(0, 50), true);
                assertEquals(plainByState(f), countByState(f), f.toString());
            }
            assertEquals(1, page(TaskFilter.ALL.withMine("newcomer"), all, new PageRequest(0, 50)).total());
            em.getTransaction().begin();
            tasks.compactCounters();
            em.getTransaction().commit();
        }
        em.close();
    }

    @Test
    void uncountingACompanyTakesEveryOneOfItsTasksOutOfEveryCounter() throws Exception {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        repository(em).uncountCompany(1);
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("select tag, state, sum(n) from task_count group by tag, state")
                .getResultList();
        em.getTransaction().rollback();
        em.close();
        assertTrue(sums.size() > 10, "the tags and states: " + sums.size());
        for (Object[] sum : sums) {
            assertEquals(0, ((Number) sum[2]).longValue(), sum[0] + " " + sum[1]);
        }
    }

    private static void assertSameAsPlain(TaskFilter f, VisibleEstates v, PageRequest p, boolean counted)
            throws Exception {
        assertEquals(counted, JpaTaskRepository.counted(f));
        Page<Task> page = page(f, v, p);
        int statements = STATEMENTS.get();
        String where = where(f, v);
        List<Long> expected = new ArrayList<>();
        try (PreparedStatement s = sql.prepareStatement("select id from task" + where
                + " order by id desc offset " + p.offset() + " rows fetch next " + p.size() + " rows only");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                expected.add(r.getLong(1));
            }
        }
        String label = f + " " + v + " " + p;
        assertEquals(plainCount("select count(*) from task" + where), page.total(), label);
        assertEquals(expected, page.items().stream().map(Task::getId).toList(), label);
        assertTrue(statements <= 2, label + ": " + statements + " statements");
    }

    /** The plain SQL condition of a filter, written independently of the repository. */
    private static String where(TaskFilter f, VisibleEstates v) {
        return " where 1 = 1" + (v.all() ? "" : " and estate_id in (" + String.join(",",
                v.sorted().stream().map(String::valueOf).toList()) + ")")
                + (f.estateId() != null ? " and estate_id = " + f.estateId() : "")
                + (f.state() != null ? " and state = '" + f.state() + "'" : "")
                + (Boolean.TRUE.equals(f.overdue()) ? " and state in ('TO_ASSIGN', 'TO_REPLY', 'IN_DISCUSSION',"
                        + " 'TO_IMPLEMENT') and due_at < " + NOW_SQL : "")
                + (Boolean.FALSE.equals(f.overdue()) ? " and not (state in ('TO_ASSIGN', 'TO_REPLY', 'IN_DISCUSSION',"
                        + " 'TO_IMPLEMENT') and due_at < " + NOW_SQL + ")" : "")
                + (Boolean.TRUE.equals(f.escalated()) ? " and escalation_level <> 'NONE'" : "")
                + (f.mine() != null ? " and (assignee = '" + f.mine() + "' or owner = '" + f.mine() + "')" : "")
                + (f.departments() != null ? " and department in ('" + f.departments().stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.joining("', '")) + "')" : "")
                + (f.openOnly() ? " and state not in ('COMPLETED', 'CLOSED', 'VOID', 'INVALID')" : "");
    }

    private static Map<TaskState, Long> countByState(TaskFilter f) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            STATEMENTS.set(0);
            Map<TaskState, Long> counts = repository(em).countByState(f, VisibleEstates.EVERY, NOW);
            assertTrue(STATEMENTS.get() <= 1, f + ": " + STATEMENTS.get() + " statements");
            return counts;
        } finally {
            em.close();
        }
    }

    private static Map<TaskState, Long> plainByState(TaskFilter f) throws SQLException {
        Map<TaskState, Long> counts = new java.util.EnumMap<>(TaskState.class);
        try (Statement s = sql.createStatement();
                ResultSet r = s.executeQuery("select state, count(*) from task" + where(f, VisibleEstates.EVERY)
                        + " group by state")) {
            while (r.next()) {
                counts.put(TaskState.valueOf(r.getString(1)), r.getLong(2));
            }
        }
        return counts;
    }

    private static Page<Task> page(TaskFilter f, VisibleEstates v, PageRequest p) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            JpaTaskRepository tasks = repository(em);
            STATEMENTS.set(0);
            return tasks.page(f, v, p, NOW);
        } finally {
            em.close();
        }
    }

    private static JpaTaskRepository repository(EntityManager em) throws Exception {
        JpaTaskRepository tasks = new JpaTaskRepository();
        Field field = JpaTaskRepository.class.getDeclaredField("em");
        field.setAccessible(true);
        field.set(tasks, em);
        return tasks;
    }

    private static long plainCount(String query) throws SQLException {
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
