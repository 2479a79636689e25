package org.estatedesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

/**
 * Searches the operation log; a company administrator sees the entries of his companies. The kernel's
 * {@code OperationLog} writes it.
 */
@ApplicationScoped
public class OperationLogRepository {
    private static final String VISIBLE = "(:groupWide = true or l.companyId is null and l.username in"
            + " (select u.username from AppUser u where " + String.format(DataScope.COMPANY_VISIBLE, "u.companyId")
            + ") or " + String.format(DataScope.COMPANY_VISIBLE, "l.companyId") + ")";

    /** The name of a record by the type a line gives it, as JPQL on the entity's name. */
    private static final Map<String, String> NAMES = Map.of(
            "unit", "select x.id, x.code from Unit x where x.id in :ids",
            "owner", "select x.id, x.name from Owner x where x.id in :ids",
            "estate", "select x.id, x.name from Estate x where x.id in :ids",
            "building", "select x.id, x.name from Building x where x.id in :ids",
            "user", "select x.id, x.username from AppUser x where x.id in :ids");

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    public Page<OperationLogEntry> search(OperationLogQuery q, DataScope scope, int offset, int size) {
        QueryFilter filter = new QueryFilter().and(trimmed(q.username()), "l.username = :username", "username")
                .and(trimmed(q.operation()), "l.operation = :operation", "operation")
                .and(q.outcome(), "l.outcome = :outcome", "outcome").and(q.from(), "l.at >= :from", "from")
                .and(q.to(), "l.at < :to", "to")
                .and(trimmed(q.target()), "(l.targetId = :target or l.targetType = :target)", "target");
        PagedQuery<OperationLogEntry> entries = PagedQuery.of(em, OperationLogEntry.class).select("select l")
                .count("select count(l)").from("from OperationLogEntry l where " + VISIBLE).where(filter)
                .orderBy("order by l.at desc, l.id desc").scope(scope);
        List<OperationLogEntry> rows = entries.items(offset, size);
        return new Page<>(rows, entries.count());
    }

    /**
     * The names of the records these lines are about (a unit's code, an owner's, estate's or building's name, a
     * user's username), by "type:id": one statement per kind of record and thousand lines. Other kinds have none.
     */
    public Map<String, String> targetNames(Collection<OperationLogEntry> entries) {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (OperationLogEntry e : entries) {
            String type = e.getTargetType();
            if (type != null && NAMES.containsKey(type) && e.getTargetId() != null
                    && e.getTargetId().matches("\\d{1,18}")) {
                ids.computeIfAbsent(type, t -> new TreeSet<>()).add(Long.valueOf(e.getTargetId()));
            }
        }
        Map<String, String> names = new HashMap<>();
        ids.forEach((type, set) -> {
            List<Long> all = List.copyOf(set);
            for (int i = 0; i < all.size(); i += 1000) {
                em.createQuery(NAMES.get(type), Object[].class)
                        .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000))).getResultList()
                        .forEach(r -> names.put(type + ":" + r[0], String.valueOf(r[1])));
            }
        });
        return names;
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
