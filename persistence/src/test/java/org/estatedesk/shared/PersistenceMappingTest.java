package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The mappings match the schema the migrations build: Flyway migrates an empty H2 database (PostgreSQL mode, as in
 * production), then Hibernate validates every entity and Envers audit table against it. Production never lets
 * Hibernate touch the schema, so this is where a forgotten migration or a mistyped column shows up.
 */
class PersistenceMappingTest {
    private static final String URL = "jdbc:h2:mem:mapping;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void migrationsRunOnAnEmptyDatabaseAndHibernateValidatesEveryMapping() {
        var result = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        assertTrue(result.migrationsExecuted >= 2, "the migrations ran: " + result.migrationsExecuted);

        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        props.put("jakarta.persistence.jtaDataSource", dataSource);
        props.put("jakarta.persistence.validation.mode", "NONE");
        props.put("hibernate.transaction.jta.platform", "none");
        props.put("hibernate.hbm2ddl.auto", "validate");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("estatedesk", props);
        try {
            assertNotNull(emf.getMetamodel().entity(org.estatedesk.estates.Unit.class));
            assertNotNull(emf.getMetamodel().entity(org.estatedesk.jobs.JobRun.class));
        } finally {
            emf.close();
        }
    }
}
