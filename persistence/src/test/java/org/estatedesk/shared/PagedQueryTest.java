package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statements a paged query makes, and a page and its total read with them on H2 with the migrations. */
class PagedQueryTest {
    private static final String URL = "jdbc:h2:mem:paged;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String ESTATES = " from Estate e where " + DataScope.ESTATE_VISIBLE;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection sql = DriverManager.getConnection(URL, "sa", ""); Statement s = sql.createStatement()) {
            s.execute("set referential_integrity false");
            // estates 1..9: the odd ones of company 10, the even ones of company 20
            s.execute("insert into estate (id, company_id, code, name) select x, case when mod(x, 2) = 1 then 10"
                    + " else 20 end, 'E' || x, 'Estate_' || x from (select \"X\" as x from system_range(1, 9)) r");
            // user 5 sees company 10 only
            s.execute("insert into user_scope (id, user_id, company_id, estate_id) values (1, 5, 10, null)");
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

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void itemsAndCountShareTheFromClauseAndTheConditions() {
        QueryFilter filter = new QueryFilter().and(10L, "e.companyId = :company", "company")
                .and(null, "e.code = :code", "code");
        PagedQuery<Object[]> q = PagedQuery.of(null, Object[].class).select("select e.companyId, count(e)")
                .count("select count(distinct e.companyId)").from(ESTATES).where(filter).groupBy("group by e.companyId")
                .orderBy(" order by e.companyId");
        assertEquals("select e.companyId, count(e) from Estate e where " + DataScope.ESTATE_VISIBLE
                + " and e.companyId = :company group by e.companyId order by e.companyId", q.itemsStatement());
        assertEquals("select count(distinct e.companyId) from Estate e where " + DataScope.ESTATE_VISIBLE
                + " and e.companyId = :company", q.countStatement());
        q.countFrom("from Estate e where 1 = 1");
        assertEquals("select count(distinct e.companyId) from Estate e where 1 = 1 and e.companyId = :company",
                q.countStatement());
    }

    @Test
    void aPageOfTheRowsTheScopeAndTheFilterLetThrough() {
        EntityManager em = emf.createEntityManager();
        try {
            DataScope user = new DataScope(5, false);
            Page<String> page = PagedQuery.of(em, String.class).select("select e.name").count("select count(e)")
                    .from(ESTATES).where(new QueryFilter().and(Like.startingWith("E"), "e.code like :code escape '!'",
                            "code")).orderBy("order by e.id desc").scope(user).page(new PageRequest(1, 2));
            assertEquals(new Page<>(List.of("Estate_5", "Estate_3"), 5), page);

            QueryFilter even = new QueryFilter().with("company", 20L);
            Page<String> all = PagedQuery.of(em, Object[].class).select("select e.id,"
                    + " (select count(x) from Estate x where x.companyId = :other)")
                    .count("select count(e)").from(ESTATES + " and e.companyId = :company").where(even)
                    .orderBy("order by e.id").scope(new DataScope(5, true)).bindRows("other", 10L)
                    .page(new PageRequest(0, 3), r -> r[0] + "/" + r[1]);
            assertEquals(new Page<>(List.of("2/5", "4/5", "6/5"), 4), all);
        } finally {
            em.close();
        }
    }
}
