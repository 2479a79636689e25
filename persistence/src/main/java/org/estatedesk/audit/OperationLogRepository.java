package org.estatedesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
