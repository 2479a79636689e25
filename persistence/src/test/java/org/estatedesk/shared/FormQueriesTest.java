package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries of the form repositories still name the forms' kernel parts right ({@code x.unit.estateId},
 * {@code x.estate.companyId} …, issue 19's form kernel): every public method of the repositories that read a form
 * (and the approval step's claim, which writes its decision by one update) runs once against the migrated H2
 * schema (empty tables) inside a transaction that is rolled back. A query naming an attribute the mapping does not
 * have fails here, not in the running server.
 */
class FormQueriesTest {
    private static final String URL = "jdbc:h2:mem:formqueries;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> REPOSITORIES = List.of(
            "org.estatedesk.decoration.JpaDecorationRepository",
            "org.estatedesk.decoration.JpaViolationRepository",
            "org.estatedesk.relocation.JpaRelocationRepository",
            "org.estatedesk.hotwater.JpaHotWaterRepository",
            "org.estatedesk.passes.JpaPassRepository",
            "org.estatedesk.keys.JpaKeyRepository",
            "org.estatedesk.archives.JpaArchiveRepository",
            "org.estatedesk.archives.JpaArchiveAuditRepository",
            "org.estatedesk.servicedesk.JpaCompensationRepository",
            "org.estatedesk.approvals.JpaApprovalRepository");
    /** Methods that write: not called (they take entities, which the other tests build). */
    private static final Set<String> WRITES = Set.of("store", "save", "remove", "delete", "clear", "replace");

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        props.put("jakarta.persistence.jtaDataSource", dataSource);
        props.put("jakarta.persistence.validation.mode", "NONE");
        props.put("hibernate.transaction.jta.platform", "none");
        emf = Persistence.createEntityManagerFactory("estatedesk", props);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void everyReadOfTheFormRepositoriesRuns() throws Exception {
        List<String> broken = new ArrayList<>();
        int ran = 0;
        for (String name : REPOSITORIES) {
            Class<?> type = Class.forName(name);
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || WRITES.contains(m.getName())
                        || m.getReturnType() == void.class) {
                    continue;
                }
                EntityManager em = emf.createEntityManager();
                em.getTransaction().begin();
                try {
                    Object repository = type.getDeclaredConstructor().newInstance();
                    Field f = type.getDeclaredField("em");
                    f.setAccessible(true);
                    f.set(repository, em);
                    Object[] args = new Object[m.getParameterCount()];
                    Class<?>[] p = m.getParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        args[i] = sample(p[i]);
                    }
                    m.invoke(repository, args);
                    ran++;
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (isQueryError(cause)) {
                        broken.add(type.getSimpleName() + "." + m.getName() + ": " + cause);
                    } else {
                        ran++;
                    }
                } finally {
                    em.getTransaction().rollback();
                    em.close();
                }
            }
        }
        if (!broken.isEmpty()) {
            fail(String.join("\n", broken));
        }
        assertTrue(ran > 30, "the repositories' reads ran: " + ran);
        assertEquals(List.of(), broken);
    }

    /** A query the mapping does not understand (Hibernate's semantic or syntax errors). */
    private static boolean isQueryError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String n = c.getClass().getName();
            if (n.startsWith("org.hibernate.query") || n.contains("SemanticException")
                    || n.contains("PathElementException") || n.contains("UnknownPathException")
                    || n.contains("SyntaxException")) {
                return true;
            }
        }
        return false;
    }

    private static Object sample(Class<?> p) {
        if (p == long.class || p == Long.class) {
            return 1L;
        }
        if (p == int.class || p == Integer.class) {
            return 1;
        }
        if (p == boolean.class || p == Boolean.class) {
            return false;
        }
        if (p == String.class) {
            return "x";
        }
        if (p == DataScope.class) {
            return new DataScope(1, true);
        }
        if (p == PageRequest.class) {
            return new PageRequest(0, 20);
        }
        if (p == OffsetDateTime.class) {
            return NOW;
        }
        if (p == LocalDate.class) {
            return NOW.toLocalDate();
        }
        if (p == YearMonth.class) {
            return YearMonth.of(2026, 12);
        }
        if (p == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (p.isEnum()) {
            return p.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(p)) {
            return List.of(1L);
        }
        if (p.isRecord()) {
            var components = p.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(types[i]);
            }
            try {
                return p.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
