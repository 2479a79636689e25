package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {
    private static final String FROM = " from Task t, Estate e where e.id = t.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<Task> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select t" + FROM + " and t.id = :id", Task.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Task> findForUpdate(long id, DataScope scope) {
        // the scope check reads the row; then it is read anew FOR UPDATE (not a version-checked lock of that copy),
        // so that the caller works on the latest version and a stale one he sent is his 409
        return find(id, scope).map(t -> {
            em.detach(t);
            return em.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE);
        });
    }

    @Override
    public Page<Task> page(TaskFilter f, DataScope scope, PageRequest page, OffsetDateTime now) {
        String where = where(f);
        TypedQuery<Task> items = em.createQuery("select t" + FROM + where + " order by t.id desc", Task.class);
        TypedQuery<Long> count = em.createQuery("select count(t)" + FROM + where, Long.class);
        bind(items, f, scope, now);
        bind(count, f, scope, now);
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public Map<TaskState, Long> countByState(TaskFilter f, DataScope scope, OffsetDateTime now) {
        Query q = em.createQuery("select t.state, count(t)" + FROM + where(f) + " group by t.state");
        bind(q, f, scope, now);
        Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((TaskState) r[0], (Long) r[1]);
        }
        return counts;
    }

    private static String where(TaskFilter f) {
        StringBuilder sb = new StringBuilder();
        if (f.state() != null) {
            sb.append(" and t.state = :state");
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            sb.append(" and t.state in :open and t.dueAt < :now");
        } else if (Boolean.FALSE.equals(f.overdue())) {
            sb.append(" and not (t.state in :open and t.dueAt < :now)");
        }
        if (f.estateId() != null) {
            sb.append(" and t.estateId = :estate");
        }
        if (f.mine() != null) {
            sb.append(" and (t.assignee = :me or t.owner = :me)");
        }
        if (Boolean.TRUE.equals(f.escalated())) {
            sb.append(" and t.escalationLevel <> org.estatedesk.servicedesk.EscalationLevel.NONE");
        }
        if (f.departments() != null) {
            sb.append(" and t.department in :departments");
        }
        if (f.receptionId() != null) {
            sb.append(" and t.receptionId = :reception");
        }
        if (f.callbackDue()) {
            sb.append(" and t.callbackDueAt <= :now");
        }
        if (f.consultant() != null) {
            sb.append(" and exists (select 1 from Unit u, Owner o where u.id = t.unitId and o.id = u.ownerId"
                    + " and o.consultant = :consultant)");
        }
        return sb.toString();
    }

    private static void bind(Query q, TaskFilter f, DataScope scope, OffsetDateTime now) {
        scope.bind(q);
        if (f.state() != null) {
            q.setParameter("state", f.state());
        }
        if (f.overdue() != null) {
            q.setParameter("open", TaskState.OPEN);
        }
        if (f.overdue() != null || f.callbackDue()) {
            q.setParameter("now", now);
        }
        if (f.estateId() != null) {
            q.setParameter("estate", f.estateId());
        }
        if (f.mine() != null) {
            q.setParameter("me", f.mine());
        }
        if (f.departments() != null) {
            q.setParameter("departments", f.departments().isEmpty() ? List.of(Department.EXTERNAL) : f.departments());
        }
        if (f.receptionId() != null) {
            q.setParameter("reception", f.receptionId());
        }
        if (f.consultant() != null) {
            q.setParameter("consultant", f.consultant());
        }
    }

    @Override
    public List<CallbackFigures> callbackFigures(DataScope scope, OffsetDateTime from, OffsetDateTime to) {
        java.util.Map<Long, long[]> byEstate = new java.util.TreeMap<>();
        List<Object[]> completed = scope.bind(em.createQuery("select t.estateId, count(t), sum(case when exists"
                + " (select 1 from Callback c where c.taskId = t.id) then 1 else 0 end)" + FROM
                + " and t.completedAt >= :from and t.completedAt < :to group by t.estateId", Object[].class))
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] r : completed) {
            long[] f = byEstate.computeIfAbsent((Long) r[0], k -> new long[6]);
            f[0] = ((Number) r[1]).longValue();
            f[1] = r[2] == null ? 0 : ((Number) r[2]).longValue();
        }
        List<Object[]> verdicts = scope.bind(em.createQuery("select c.estateId, c.result, count(c),"
                + " sum(case when c.late = true then 1 else 0 end) from Callback c, Estate e where e.id = c.estateId"
                + " and " + DataScope.ESTATE_VISIBLE + " and c.calledAt >= :from and c.calledAt < :to"
                + " group by c.estateId, c.result", Object[].class))
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] r : verdicts) {
            long[] f = byEstate.computeIfAbsent((Long) r[0], k -> new long[6]);
            long n = ((Number) r[2]).longValue();
            switch ((CallbackResult) r[1]) {
                case SATISFIED -> f[2] += n;
                case FAIR -> f[3] += n;
                case DISSATISFIED -> f[4] += n;
            }
            f[5] += r[3] == null ? 0 : ((Number) r[3]).longValue();
        }
        return byEstate.entrySet().stream().map(e -> new CallbackFigures(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
    }

    @Override
    public List<Task> ofReception(long receptionId) {
        return em.createQuery("select t from Task t where t.receptionId = :r order by t.id", Task.class)
                .setParameter("r", receptionId).getResultList();
    }

    @Override
    public long[] earlierReports(long unitId, long categoryId) {
        Object[] row = (Object[]) em.createQuery("select count(t), coalesce(sum(case when t.kind ="
                + " org.estatedesk.servicedesk.TaskKind.COMPLAINT then 1 else 0 end), 0) from Task t"
                + " where t.unitId = :u and t.categoryId = :c and t.kind in :kinds and t.state not in :dropped")
                .setParameter("u", unitId).setParameter("c", categoryId)
                .setParameter("kinds", List.of(TaskKind.REPAIR, TaskKind.COMPLAINT))
                .setParameter("dropped", List.of(TaskState.VOID, TaskState.INVALID)).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @Override
    public List<Task> openOfUnits(List<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Task t where t.unitId in :units and t.state in :open order by t.id desc",
                Task.class).setParameter("units", unitIds).setParameter("open", TaskState.OPEN)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<TaskEvent> history(long taskId) {
        return em.createQuery("select e from TaskEvent e where e.taskId = :t order by e.at, e.id", TaskEvent.class)
                .setParameter("t", taskId).getResultList();
    }

    @Override
    public List<Callback> callbacks(long taskId) {
        return em.createQuery("select c from Callback c where c.taskId = :t order by c.calledAt", Callback.class)
                .setParameter("t", taskId).getResultList();
    }

    @Override
    public void store(Task task) {
        em.persist(task);
    }

    @Override
    public void store(TaskEvent event) {
        em.persist(event);
    }

    @Override
    public void store(Callback callback) {
        em.persist(callback);
    }
}
