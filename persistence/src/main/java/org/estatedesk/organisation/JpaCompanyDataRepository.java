package org.estatedesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * A company's rows found from the schema itself, so that a table added later is cleared without anyone remembering
 * to list it: a row belongs to the company when its table has a company column ({@code company_id} or
 * {@code *_company_id}) holding the company, or when it references (by foreign key, by an {@code estate_id} /
 * {@code unit_id} column, or as the Envers history {@code x_aud} of {@code x}) a row that belongs to it; a row with
 * a {@code company_id} belongs to the company it names, whatever it references. Deleted
 * children first, self-references cut first. {@link #KEPT} tables are never touched.
 */
@ApplicationScoped
public class JpaCompanyDataRepository implements CompanyDataRepository {
    /** What stays (R0.11): the organisation, its users and their roles, the issue library, the audit trail. */
    static final Set<String> KEPT = Set.of("org_unit", "org_unit_aud", "app_user", "app_user_aud", "user_role",
            "revinfo", "flyway_schema_history", "operation_log", "issue_category", "issue_category_aud",
            "dispatch_rule", "dispatch_rule_aud");
    /** Tables whose company column is a grant, not ownership: only their rows about cleared estates go. */
    static final Set<String> NOT_BY_COMPANY = Set.of("user_scope");

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    private record Ref(String column, String table, String target) {
    }

    private static final class Schema {
        final Map<String, Set<String>> columns = new TreeMap<>();
        final Map<String, List<Ref>> refs = new TreeMap<>();
        final Map<String, String> conditions = new LinkedHashMap<>();
    }

    @Override
    public Map<String, Integer> clear(long companyId) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            Schema s = read(c);
            Map<String, String> owned = owned(s, companyId);
            try (Statement st = c.createStatement()) {
                for (String table : owned.keySet()) {
                    for (Ref r : s.refs.getOrDefault(table, List.of())) {
                        if (r.table().equals(table)) {
                            st.executeUpdate("update " + table + " set " + r.column() + " = null where "
                                    + owned.get(table));
                        }
                    }
                }
                for (String table : deletionOrder(s, owned.keySet())) {
                    int n = st.executeUpdate("delete from " + table + " where " + owned.get(table));
                    if (n > 0) {
                        removed.put(table, n);
                    }
                }
            }
        });
        em.clear();
        return removed;
    }

    @Override
    public Map<String, Long> remaining(long companyId) {
        Map<String, Long> left = new TreeMap<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            Schema s = read(c);
            try (Statement st = c.createStatement()) {
                for (var e : owned(s, companyId).entrySet()) {
                    try (ResultSet r = st.executeQuery("select count(*) from " + e.getKey() + " where "
                            + e.getValue())) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            left.put(e.getKey(), r.getLong(1));
                        }
                    }
                }
            }
        });
        return left;
    }

    private static Schema read(Connection c) throws SQLException {
        Schema s = new Schema();
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        try (ResultSet r = meta.getColumns(null, schema, "%", "%")) {
            while (r.next()) {
                s.columns.computeIfAbsent(lower(r.getString("TABLE_NAME")), k -> new TreeSet<>())
                        .add(lower(r.getString("COLUMN_NAME")));
            }
        }
        s.columns.keySet().removeIf(t -> t.startsWith("jbatch_"));
        for (String table : s.columns.keySet()) {
            List<Ref> refs = new ArrayList<>();
            Set<String> declared = new HashSet<>();
            try (ResultSet r = meta.getImportedKeys(null, schema, table)) {
                while (r.next()) {
                    String column = lower(r.getString("FKCOLUMN_NAME"));
                    refs.add(new Ref(column, lower(r.getString("PKTABLE_NAME")), lower(r.getString("PKCOLUMN_NAME"))));
                    declared.add(column);
                }
            }
            if (refs.isEmpty()) {
                // the same query in upper case, for databases that keep unquoted names so
                try (ResultSet r = meta.getImportedKeys(null, schema == null ? null : schema.toUpperCase(Locale.ROOT),
                        table.toUpperCase(Locale.ROOT))) {
                    while (r.next()) {
                        String column = lower(r.getString("FKCOLUMN_NAME"));
                        refs.add(new Ref(column, lower(r.getString("PKTABLE_NAME")),
                                lower(r.getString("PKCOLUMN_NAME"))));
                        declared.add(column);
                    }
                }
            }
            Set<String> cols = s.columns.get(table);
            for (String implicit : List.of("estate", "unit")) {
                if (cols.contains(implicit + "_id") && !declared.contains(implicit + "_id") && !table.equals(implicit)
                        && s.columns.containsKey(implicit)) {
                    refs.add(new Ref(implicit + "_id", implicit, "id"));
                }
            }
            if (table.endsWith("_aud") && cols.contains("id")) {
                String audited = table.substring(0, table.length() - 4);
                if (s.columns.containsKey(audited)) {
                    refs.add(new Ref("id", audited, "id"));
                }
            }
            s.refs.put(table, refs);
        }
        return s;
    }

    /** Each table that can hold company rows, with its SQL condition for them. */
    private static Map<String, String> owned(Schema s, long companyId) {
        Map<String, String> owned = new TreeMap<>();
        for (String table : s.columns.keySet()) {
            String condition = condition(s, table, companyId, new HashSet<>());
            if (condition != null) {
                owned.put(table, condition);
            }
        }
        return owned;
    }

    private static String condition(Schema s, String table, long companyId, Set<String> visiting) {
        if (KEPT.contains(table) || !visiting.add(table)) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        if (!NOT_BY_COMPANY.contains(table)) {
            for (String column : s.columns.get(table)) {
                if (column.equals("company_id") || column.endsWith("_company_id")) {
                    terms.add(table + "." + column + " = " + companyId);
                }
            }
        }
        if (s.columns.get(table).contains("company_id") && !NOT_BY_COMPANY.contains(table)) {
            // a row with a company column belongs to the company it names: its references need not be followed
            visiting.remove(table);
            return "(" + String.join(" or ", terms) + ")";
        }
        for (Ref r : s.refs.getOrDefault(table, List.of())) {
            if (r.table().equals(table) || !s.columns.containsKey(r.table())) {
                continue;
            }
            String parent = condition(s, r.table(), companyId, visiting);
            if (parent != null) {
                terms.add(table + "." + r.column() + " in (select " + r.table() + "." + r.target() + " from "
                        + r.table() + " where " + parent + ")");
            }
        }
        visiting.remove(table);
        return terms.isEmpty() ? null : "(" + String.join(" or ", terms) + ")";
    }

    /** Children before the tables they reference (a table with no remaining referrer goes next). */
    private static List<String> deletionOrder(Schema s, Set<String> tables) {
        List<String> order = new ArrayList<>();
        Set<String> left = new TreeSet<>(tables);
        while (!left.isEmpty()) {
            String next = null;
            for (String candidate : left) {
                boolean referenced = false;
                for (String other : left) {
                    if (!other.equals(candidate) && s.refs.getOrDefault(other, List.of()).stream()
                            .anyMatch(r -> r.table().equals(candidate))) {
                        referenced = true;
                        break;
                    }
                }
                if (!referenced) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("the tables " + left + " reference each other");
            }
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
