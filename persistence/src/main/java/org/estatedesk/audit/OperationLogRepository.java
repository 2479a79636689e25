package org.estatedesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;

/** Writes and searches the operation log; a company administrator sees the entries of his companies. */
@ApplicationScoped
public class OperationLogRepository {
    private static final String VISIBLE = "(:groupWide = true or l.companyId is null and l.username in"
            + " (select u.username from AppUser u where " + String.format(DataScope.COMPANY_VISIBLE, "u.companyId")
            + ") or " + String.format(DataScope.COMPANY_VISIBLE, "l.companyId") + ")";

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    public void append(OperationLogEntry entry) {
        em.persist(entry);
    }

    public Page<OperationLogEntry> search(OperationLogQuery q, DataScope scope, int offset, int size) {
        StringBuilder where = new StringBuilder(" where ").append(VISIBLE);
        if (q.username() != null && !q.username().isBlank()) {
            where.append(" and l.username = :username");
        }
        if (q.operation() != null && !q.operation().isBlank()) {
            where.append(" and l.operation = :operation");
        }
        if (q.outcome() != null) {
            where.append(" and l.outcome = :outcome");
        }
        if (q.from() != null) {
            where.append(" and l.at >= :from");
        }
        if (q.to() != null) {
            where.append(" and l.at < :to");
        }
        if (q.target() != null && !q.target().isBlank()) {
            where.append(" and (l.targetId = :target or l.targetType = :target)");
        }
        TypedQuery<OperationLogEntry> items = em.createQuery("select l from OperationLogEntry l" + where
                + " order by l.at desc, l.id desc", OperationLogEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(l) from OperationLogEntry l" + where, Long.class);
        List<OperationLogEntry> rows = bind(items, q, scope).setFirstResult(offset).setMaxResults(size).getResultList();
        return new Page<>(rows, bind(count, q, scope).getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, OperationLogQuery q, DataScope scope) {
        scope.bind(query);
        if (q.username() != null && !q.username().isBlank()) {
            query.setParameter("username", q.username().trim());
        }
        if (q.operation() != null && !q.operation().isBlank()) {
            query.setParameter("operation", q.operation().trim());
        }
        if (q.outcome() != null) {
            query.setParameter("outcome", q.outcome());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.target() != null && !q.target().isBlank()) {
            query.setParameter("target", q.target().trim());
        }
        return query;
    }
}
