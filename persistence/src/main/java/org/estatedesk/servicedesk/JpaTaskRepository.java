package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.VisibleEstates;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {
    /** Keys folded per round of the counter timer: bounds its transaction; the rest waits for the next round. */
    private static final int COMPACT_KEYS = 2000;
    /** Above this many tasks a list in another order walks that order's index rather than sorting them. */
    private static final long SORT_BY_INDEX = 10_000;
    private static final String KIND = "org.estatedesk.servicedesk.TaskKind.";
    private static final String STATE = "org.estatedesk.servicedesk.TaskState.";

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
    public Page<Task> page(TaskFilter f, VisibleEstates visible, PageRequest page, OffsetDateTime now) {
        VisibleEstates estates = narrowed(visible, f);
        if (estates.none()) {
            return new Page<>(List.of(), 0);
        }
        Counters c = counters(f);
        if (c != null && f.search().sort() != TaskSort.NEWEST) {
            return pageSorted(f, c, estates, page, now);
        }
        return c != null ? pageByCounters(f, c, estates, page, now) : pageByCount(f, estates, page, now);
    }

    /**
     * A filter the counters answer, in another order than newest first: the total from the counters (statement 1),
     * the page from the task table in that order (statement 2).
     */
    private Page<Task> pageSorted(TaskFilter f, Counters c, VisibleEstates estates, PageRequest page,
            OffsetDateTime now) {
        long total = 0;
        if (!c.states().isEmpty()) {
            for (Object row : counterQuery("select sum(n) from (" + c.rows(estates) + ") x", c, estates, now)
                    .getResultList()) {
                total += row == null ? 0 : ((Number) row).longValue();
            }
        }
        if (page.offset() >= total) {
            return new Page<>(List.of(), total);
        }
        // many tasks: the page walks the order's index (due_at, id) and checks the estates on the way (a condition no
        // index serves); a few: the estates' index, then sorted
        String estate = taskEstateCondition(f, estates);
        if (total > SORT_BY_INDEX) {
            estate = estate.replace("t.estateId", "(t.estateId + 0)");
        }
        TypedQuery<Task> items = em.createQuery("select t from Task t where 1 = 1" + estate + where(f) + " "
                + f.search().sort().orderBy(), Task.class);
        bind(items, f, estates, now);
        return new Page<>(items.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList(),
                total);
    }

    /**
     * State and estate, with at most one of mine, escalated and overdue: the total from the counters, summed per
     * bucket of ids (statement 1); the page from the task table within the ids of the buckets it lies in, newest
     * first, skipping only the rows of its first bucket that come before it (statement 2, none when the page lies
     * beyond the total). When one estate holds every counted task of those buckets, the page reads that estate's
     * index ({@code (estate_id, id)} or {@code (estate_id, state, id)}); else it walks the id range itself ({@code id}
     * or {@code (state, id)}), with the estates as a condition that no index serves: H2 would otherwise read all
     * tasks of the estates in the list.
     */
    private Page<Task> pageByCounters(TaskFilter f, Counters c, VisibleEstates estates, PageRequest page,
            OffsetDateTime now) {
        List<Object[]> buckets = c.states().isEmpty() ? List.of()
                : counterQuery("select b, sum(n), min(e), max(e) from (" + c.rows(estates)
                        + ") x group by b having sum(n) <> 0 order by b desc", c, estates, now).getResultList();
        long total = 0;
        for (Object[] b : buckets) {
            total += ((Number) b[1]).longValue();
        }
        long offset = page.offset();
        if (offset >= total) {
            return new Page<>(List.of(), total);
        }
        // from the newest bucket down: the one the page starts in, the rows of it before the page, the one it ends in
        long before = 0;
        int start = 0;
        while (before + count(buckets, start) <= offset) {
            before += count(buckets, start);
            start++;
        }
        long skip = offset - before;
        int end = start;
        long seen = count(buckets, start);
        while (seen < skip + page.size() && end + 1 < buckets.size()) {
            end++;
            seen += count(buckets, end);
        }
        Long onlyEstate = ((Number) buckets.get(start)[2]).longValue();
        for (int k = start; k <= end && onlyEstate != null; k++) {
            if (onlyEstate != ((Number) buckets.get(k)[2]).longValue()
                    || onlyEstate != ((Number) buckets.get(k)[3]).longValue()) {
                onlyEstate = null;
            }
        }
        String estate = onlyEstate != null ? " and t.estateId = :estate"
                : estates.all() ? "" : " and (t.estateId + 0) in :estates";
        TypedQuery<Task> items = em.createQuery("select t from Task t where t.id >= :low and t.id < :high" + estate
                + where(f, true) + " order by t.id desc", Task.class)
                .setParameter("low", TaskCount.firstId(((Number) buckets.get(end)[0]).longValue()))
                .setParameter("high", TaskCount.firstId(((Number) buckets.get(start)[0]).longValue() + 1));
        if (onlyEstate != null) {
            items.setParameter("estate", onlyEstate);
        } else if (!estates.all()) {
            items.setParameter("estates", estates.sorted());
        }
        bindFilter(items, f, now, true);
        return new Page<>(items.setFirstResult((int) skip).setMaxResults(page.size()).getResultList(), total);
    }

    private static long count(List<Object[]> buckets, int i) {
        return ((Number) buckets.get(i)[1]).longValue();
    }

    /** Other filters (departments, a reception, callbacks due, consultant …): page and exact count on the tasks. */
    private Page<Task> pageByCount(TaskFilter f, VisibleEstates estates, PageRequest page, OffsetDateTime now) {
        if (f.search().narrows()) {
            return pageOfSearch(f, estates, page, now);
        }
        return PagedQuery.of(em, Task.class).select("select t").count("select count(t)")
                .from("from Task t where 1 = 1" + taskEstateCondition(f, estates) + where(f))
                .orderBy(f.search().orderBy()).bind(q -> bind(q, f, estates, now)).page(page);
    }

    /**
     * A search (issue 20): the total counted up to {@link TaskSearch#COUNT_LIMIT} + 1 tasks (statement 1, through the
     * index of the most selective condition), then the page (statement 2). When more than the limit match, the page
     * walks the order's own index and checks the estates and categories on the way (conditions no index serves), so
     * that the first rows in that order end it; when fewer match, it reads them through the conditions' indexes and
     * sorts them. H2 read all 625,000 tasks of a category through {@code ix_task_category} to count and sort them:
     * 30–130 s at 2,500,000 tasks, one request over the transaction limit.
     */
    private Page<Task> pageOfSearch(TaskFilter f, VisibleEstates estates, PageRequest page, OffsetDateTime now) {
        String estate = taskEstateCondition(f, estates);
        String where = where(f);
        TypedQuery<Long> ids = em.createQuery("select t.id from Task t where 1 = 1" + estate + where, Long.class);
        bind(ids, f, estates, now);
        long total = ids.setMaxResults(TaskSearch.COUNT_LIMIT + 1).getResultList().size();
        if (page.offset() >= total) {
            return new Page<>(List.of(), total);
        }
        if (total > TaskSearch.COUNT_LIMIT) {
            estate = estate.replace("t.estateId", "(t.estateId + 0)");
            where = where.replace("t.categoryId in", "(t.categoryId + 0) in");
        }
        TypedQuery<Task> items = em.createQuery("select t from Task t where 1 = 1" + estate + where + " "
                + f.search().orderBy(), Task.class);
        bind(items, f, estates, now);
        return new Page<>(items.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList(), total);
    }

    @Override
    public List<Task> dueFirst(TaskFilter f, VisibleEstates visible, int limit, OffsetDateTime now) {
        VisibleEstates estates = narrowed(visible, f);
        if (estates.none()) {
            return List.of();
        }
        String due = f.callbackDue() ? "t.callbackDueAt" : "t.dueAt";
        TypedQuery<Task> q = em.createQuery("select t from Task t where 1 = 1" + taskEstateCondition(f, estates)
                + where(f) + " order by " + due + ", t.id", Task.class);
        bind(q, f, estates, now);
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public Map<TaskState, Long> countByState(TaskFilter f, VisibleEstates visible, OffsetDateTime now) {
        Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
        VisibleEstates estates = narrowed(visible, f);
        Counters c = counters(f);
        if (estates.none() || c != null && c.states().isEmpty()) {
            return counts;
        }
        Query q;
        if (c != null) {
            q = counterQuery("select s, sum(n) from (" + c.rows(estates) + ") x group by s", c, estates, now);
        } else {
            q = em.createQuery("select t.state, count(t) from Task t where 1 = 1" + taskEstateCondition(f, estates)
                    + where(f) + " group by t.state");
            bind(q, f, estates, now);
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            long n = ((Number) r[1]).longValue();
            if (n != 0) {
                counts.put(r[0] instanceof TaskState s ? s : TaskState.valueOf(r[0].toString()), n);
            }
        }
        return counts;
    }

    private Query counterQuery(String sql, Counters c, VisibleEstates estates, OffsetDateTime now) {
        Query q = em.createNativeQuery(sql);
        bindEstates(q, estates);
        if (!Boolean.TRUE.equals(c.overdue())) {
            q.setParameter("tag", c.tag());
            if (!c.allStates()) {
                q.setParameter("states", c.states().stream().map(Enum::name).toList());
            }
        }
        if (c.overdueCounted()) {
            int today = TaskCount.dayOf(now);
            q.setParameter("open", c.openStates().stream().map(Enum::name).toList()).setParameter("today", today)
                    .setParameter("dayStart", TaskCount.startOf(today)).setParameter("now", now);
        }
        return q;
    }

    /** Whether the counters can answer the filter (see {@link #counters}). */
    static boolean counted(TaskFilter f) {
        return counters(f) != null;
    }

    /**
     * The counters that answer a filter of state, estate and open-only with at most one of mine, escalated and
     * overdue; null for any other filter.
     */
    static Counters counters(TaskFilter f) {
        boolean escalated = Boolean.TRUE.equals(f.escalated());
        if (f.departments() != null || f.receptionId() != null || f.callbackDue() || f.consultant() != null
                || f.search().narrows()
                || (f.mine() != null ? 1 : 0) + (escalated ? 1 : 0) + (f.overdue() != null ? 1 : 0) > 1) {
            return null;
        }
        Set<TaskState> states = f.state() != null ? EnumSet.of(f.state()) : EnumSet.allOf(TaskState.class);
        if (f.openOnly()) {
            states.retainAll(TaskState.OPEN);
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            states.retainAll(TaskState.RUNNING);
        }
        String tag = f.mine() != null ? TaskCount.user(f.mine()) : escalated ? TaskCount.ESCALATED : TaskCount.ALL;
        return new Counters(tag, states, f.overdue());
    }

    /**
     * Counter rows {@code (b: bucket, s: state, n, e: estate)} in one SQL union: the tag's rows within the states;
     * for overdue the open tasks due before today from the {@code due} rows and those due today before now from the
     * task table (a few: index {@code (state, due_at)}), added for overdue=true, subtracted from all for false.
     */
    record Counters(String tag, Set<TaskState> states, Boolean overdue) {
        boolean allStates() {
            return states.size() == TaskState.values().length;
        }

        /** The states counted for overdue: those of the filter whose SLA clock runs. */
        Set<TaskState> openStates() {
            Set<TaskState> open = EnumSet.copyOf(TaskState.RUNNING);
            open.retainAll(states);
            return open;
        }

        boolean overdueCounted() {
            return overdue != null && !openStates().isEmpty();
        }

        String rows(VisibleEstates estates) {
            String estate = estates.all() ? "" : estates.ids().size() == 1 ? " and estate_id = :estate"
                    : " and estate_id in (:estates)";
            String rows = Boolean.TRUE.equals(overdue) ? null : "select bucket b, state s, n, estate_id e"
                    + " from task_count where tag = :tag" + (allStates() ? "" : " and state in (:states)") + estate;
            if (!overdueCounted()) {
                return rows;
            }
            String sign = overdue ? "" : "-";
            StringBuilder due = new StringBuilder("select bucket b, state s, " + sign + "n n, estate_id e"
                    + " from task_count where tag = '" + TaskCount.DUE + "' and due_day < :today and state in (:open)"
                    + estate);
            // one range of (state, due_at) per open state, the estates as a condition no index serves: H2 would
            // otherwise take (state, estate_id, …) and read every open task of the states in the list
            for (TaskState s : openStates()) {
                due.append(" union all select cast(id / ").append(1 << TaskCount.BUCKET_BITS)
                        .append(" as integer) b, state s, ").append(sign).append("1 n, estate_id e from task")
                        .append(" where state = '").append(s.name()).append("' and due_at >= :dayStart")
                        .append(" and due_at < :now").append(estate.replace("estate_id", "(estate_id + 0)"));
            }
            return rows == null ? due.toString() : rows + " union all " + due;
        }
    }

    /** The visible estates, or only the one the filter names (none if that one is not visible). */
    private static VisibleEstates narrowed(VisibleEstates visible, TaskFilter f) {
        if (f.estateId() == null) {
            return visible;
        }
        return visible.contains(f.estateId()) ? VisibleEstates.of(List.of(f.estateId())) : VisibleEstates.of(List.of());
    }

    private static String estateCondition(String alias, VisibleEstates estates) {
        if (estates.all()) {
            return "";
        }
        return estates.ids().size() == 1 ? " and " + alias + ".estateId = :estate"
                : " and " + alias + ".estateId in :estates";
    }

    /**
     * The estates on the task table; for a consultant's customers as a condition no index serves, so that the
     * database starts from his owners' units (H2 read every task of the estates and probed the units for each: 22 s
     * at 5,000,000 tasks).
     */
    private static String taskEstateCondition(TaskFilter f, VisibleEstates estates) {
        String condition = estateCondition("t", estates);
        return f.consultant() == null && !f.search().pinpoint() ? condition
                : condition.replace("t.estateId", "(t.estateId + 0)");
    }

    private static void bindEstates(Query q, VisibleEstates estates) {
        if (estates.all()) {
            return;
        }
        if (estates.ids().size() == 1) {
            q.setParameter("estate", estates.ids().iterator().next());
        } else {
            q.setParameter("estates", estates.sorted());
        }
    }

    private static String where(TaskFilter f) {
        return where(f, false);
    }

    /**
     * The filter's conditions; with {@code idRange} the open states as text, a condition no state index serves: the
     * counted page walks an id range, and H2 would rather read every open task through {@code (state, due_at)} and
     * sort them (4.5 s at 5,000,000 tasks).
     */
    private static String where(TaskFilter f, boolean idRange) {
        String open = idRange ? "cast(t.state as String) in :openNames" : "t.state in :open";
        // overdue: only the running states (R1.5: a task waiting on the customer is never overdue)
        String running = idRange ? "cast(t.state as String) in :runningNames" : "t.state in :running";
        StringBuilder sb = new StringBuilder();
        if (f.state() != null) {
            sb.append(" and t.state = :state");
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            sb.append(" and ").append(running).append(" and t.dueAt < :now");
        } else if (Boolean.FALSE.equals(f.overdue())) {
            sb.append(" and not (").append(running).append(" and t.dueAt < :now)");
        }
        if (f.openOnly()) {
            sb.append(" and ").append(open);
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
            // the consultant's units first, their tasks through (unit_id, …): a correlated exists made H2 test
            // every task of the visible estates
            sb.append(" and t.unitId in (select u.id from Unit u, Owner o where o.id = u.ownerId"
                    + " and o.consultant = :consultant)");
        }
        search(f.search(), sb);
        return sb.toString();
    }

    /**
     * The search's conditions ({@link TaskKeyword} says which index each kind of keyword is found through): a
     * prefix as a range ({@code >= text and < text + U+FFFF}), which a b-tree index serves on H2 and PostgreSQL
     * alike; callers and units through their own tables' indexes, then the tasks by {@code reception_id} or
     * {@code unit_id}.
     */
    private static void search(TaskSearch s, StringBuilder sb) {
        if (s.from() != null) {
            sb.append(" and t.createdAt >= :searchFrom");
        }
        if (s.to() != null) {
            sb.append(" and t.createdAt < :searchTo");
        }
        if (s.categoryIds() != null) {
            sb.append(" and t.categoryId in :searchCategories");
        }
        if (s.department() != null) {
            sb.append(" and t.department = :searchDepartment");
        }
        if (s.unitId() != null) {
            sb.append(" and t.unitId = :searchUnit");
        }
        if (s.unitCode() != null) {
            sb.append(" and t.unitId in (select u.id from Unit u where u.code >= :searchUnitLow"
                    + " and u.code < :searchUnitHigh)");
        }
        TaskKeyword k = s.keyword();
        if (k == null) {
            return;
        }
        switch (k.kind()) {
            case NUMBER -> sb.append(" and t.id = :searchId");
            case UNIT -> sb.append(" and t.unitId in (select u.id from Unit u where u.code >= :searchLow"
                    + " and u.code < :searchHigh)");
            case PHONE -> sb.append(" and t.receptionId in (select r.id from Reception r where r.callerPhone"
                    + " >= :searchLow and r.callerPhone < :searchHigh)");
            case TEXT -> sb.append(s.dated()
                    ? " and exists (select 1 from Reception r where r.id = t.receptionId and (r.callerName"
                            + " >= :searchLow and r.callerName < :searchHigh or lower(r.description) like"
                            + " :searchText escape '!'))"
                    : " and t.receptionId in (select r.id from Reception r where r.callerName >= :searchLow"
                            + " and r.callerName < :searchHigh)");
        }
    }

    private static void bindSearch(Query q, TaskSearch s) {
        if (s.from() != null) {
            q.setParameter("searchFrom", s.from());
        }
        if (s.to() != null) {
            q.setParameter("searchTo", s.to());
        }
        if (s.categoryIds() != null) {
            q.setParameter("searchCategories", s.categoryIds().isEmpty() ? List.of(-1L) : s.categoryIds());
        }
        if (s.department() != null) {
            q.setParameter("searchDepartment", s.department());
        }
        if (s.unitId() != null) {
            q.setParameter("searchUnit", s.unitId());
        }
        if (s.unitCode() != null) {
            q.setParameter("searchUnitLow", s.unitCode()).setParameter("searchUnitHigh", s.unitCode() + '\uffff');
        }
        TaskKeyword k = s.keyword();
        if (k == null) {
            return;
        }
        if (k.kind() == TaskKeyword.Kind.NUMBER) {
            q.setParameter("searchId", k.taskId());
            return;
        }
        q.setParameter("searchLow", k.low()).setParameter("searchHigh", k.high());
        if (k.kind() == TaskKeyword.Kind.TEXT && s.dated()) {
            q.setParameter("searchText", k.contains());
        }
    }

    private static void bind(Query q, TaskFilter f, VisibleEstates estates, OffsetDateTime now) {
        bindEstates(q, estates);
        bindFilter(q, f, now, false);
    }

    private static void bindFilter(Query q, TaskFilter f, OffsetDateTime now, boolean idRange) {
        if (f.state() != null) {
            q.setParameter("state", f.state());
        }
        if (f.openOnly()) {
            if (idRange) {
                q.setParameter("openNames", TaskState.OPEN.stream().map(Enum::name).toList());
            } else {
                q.setParameter("open", TaskState.OPEN);
            }
        }
        if (f.overdue() != null) {
            if (idRange) {
                q.setParameter("runningNames", TaskState.RUNNING.stream().map(Enum::name).toList());
            } else {
                q.setParameter("running", TaskState.RUNNING);
            }
        }
        if (f.overdue() != null || f.callbackDue()) {
            q.setParameter("now", now);
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
        bindSearch(q, f.search());
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
                case UNREACHABLE -> {
                    // an attempt that reached nobody is no verdict
                }
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
    public long callbacks(long taskId, CallbackResult result) {
        return em.createQuery("select count(c) from Callback c where c.taskId = :t and c.result = :r", Long.class)
                .setParameter("t", taskId).setParameter("r", result).getSingleResult();
    }

    @Override
    public long[] earlierReports(long unitId, long categoryId, OffsetDateTime windowStart) {
        // literals rather than list parameters: Hibernate keeps the translated SQL of a query without list
        // parameters, and translated this one anew for every task (8 % of the intake's CPU); the states are
        // Escalation.FIXED
        Object[] row = (Object[]) em.createQuery("select count(t), coalesce(sum(case when t.kind = " + KIND
                + "COMPLAINT then 1 else 0 end), 0) from Task t where t.unitId = :u and t.categoryId = :c"
                + " and t.kind in (" + KIND + "REPAIR, " + KIND + "COMPLAINT) and t.createdAt >= :since"
                + " and (t.state in (" + STATE + "COMPLETED, " + STATE + "CLOSED) or exists (select 1 from Callback c"
                + " where c.taskId = t.id and c.result = org.estatedesk.servicedesk.CallbackResult.DISSATISFIED))")
                .setParameter("u", unitId).setParameter("c", categoryId).setParameter("since", windowStart)
                .getSingleResult();
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
    public Map<Long, TaskSite> sites(java.util.Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TaskSite> sites = new java.util.HashMap<>();
        em.createQuery("select t.id, e.name, u.code, r.location, r.callerName, r.callerPhone, r.description,"
                + " c.nameZh, c.nameEn from Task t join Reception r on r.id = t.receptionId"
                + " join Estate e on e.id = t.estateId"
                + " left join Unit u on u.id = t.unitId left join IssueCategory c on c.id = t.categoryId"
                + " where t.id in :ids", Object[].class).setParameter("ids", taskIds).getResultList()
                .forEach(row -> sites.put((Long) row[0], new TaskSite((String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                        (String) row[8])));
        return sites;
    }

    @Override
    public void store(TaskPhoto photo) {
        em.persist(photo);
    }

    @Override
    public List<TaskPhoto.Info> photos(long taskId) {
        return em.createQuery("select new org.estatedesk.servicedesk.TaskPhoto$Info(p.id, p.taskId, p.kind,"
                + " p.file.fileName, p.file.contentType, p.file.size, p.file.uploadedBy, p.file.uploadedAt)"
                + " from TaskPhoto p where p.taskId = :t order by p.id", TaskPhoto.Info.class)
                .setParameter("t", taskId).getResultList();
    }

    @Override
    public Optional<TaskPhoto> photo(long taskId, long photoId) {
        return Optional.ofNullable(em.find(TaskPhoto.class, photoId)).filter(p -> p.getTaskId() == taskId);
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

    /**
     * Every change of a task is written as an event (R1.6), so storing the event moves the task between the
     * counters ({@link TaskCount}), in the same transaction: -1 under each key it left since it was read or last
     * stored, +1 under each it entered (all of them at its creation). The task is the managed one of this
     * transaction (no query).
     */
    @Override
    public void store(TaskEvent event) {
        em.persist(event);
        Task t = em.find(Task.class, event.getTaskId());
        List<TaskCount.Key> now = TaskCount.keysOf(t);
        List<TaskCount.Key> before = t.recount(now);
        for (TaskCount.Key k : before) {
            if (!now.contains(k)) {
                em.persist(new TaskCount(t.getEstateId(), t.getId(), k, -1));
            }
        }
        for (TaskCount.Key k : now) {
            if (!before.contains(k)) {
                em.persist(new TaskCount(t.getEstateId(), t.getId(), k, 1));
            }
        }
    }

    /** Takes a company's tasks out of every counter they are in (as {@link TaskCount#keysOf} and V33 count). */
    @Override
    public void uncountCompany(long companyId) {
        String bucket = "cast(id / " + (1 << TaskCount.BUCKET_BITS) + " as integer)";
        String day = "cast(floor(extract(epoch from due_at) / 86400) as integer)";
        String running = TaskState.RUNNING.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        String[][] tags = {
            {"''", "0", "", ""},
            {"'u:' || owner", "0", "", ", owner"},
            {"'u:' || assignee", "0", " and assignee is not null and assignee <> owner", ", assignee"},
            {"'" + TaskCount.ESCALATED + "'", "0", " and escalation_level <> 'NONE'", ""},
            {"'" + TaskCount.DUE + "'", day, " and state in (" + running + ")", ", " + day}};
        for (String[] t : tags) {
            em.createNativeQuery("insert into task_count (estate_id, state, bucket, tag, due_day, n) select estate_id,"
                    + " state, " + bucket + ", " + t[0] + ", " + t[1] + ", -count(*) from task where company_id = :c"
                    + t[2] + " group by estate_id, state, " + bucket + t[3]).setParameter("c", companyId)
                    .executeUpdate();
        }
    }

    /**
     * Folds the deltas of every key (estate, state, bucket, tag, due day) that has more than one row into one row,
     * dropping sums of zero; each key in one statement that sums exactly the rows it deletes, so deltas committed
     * meanwhile stay for the next round and two servers compacting at once lose nothing.
     */
    @Override
    public int compactCounters() {
        // The keys with deltas first (one pass over the small table), then each key's rows folded by its index. One
        // statement with "(estate_id, state, bucket) in (select … having count(*) > 1)" cost H2 a second of CPU per
        // round under intake (13 % of the intake benchmark): it grouped the whole table again for the rows it read.
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery("select estate_id, state, bucket, tag, due_day from task_count"
                + " group by estate_id, state, bucket, tag, due_day having count(*) > 1").setMaxResults(COMPACT_KEYS)
                .getResultList();
        if (keys.isEmpty()) {
            return 0;
        }
        boolean postgres = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
        String one = "estate_id = ?1 and state = ?2 and bucket = ?3 and tag = ?4 and due_day = ?5";
        // sums exactly the rows it deletes: deltas committed meanwhile wait for the next round, and two servers
        // folding the same key at once each insert the sum of the rows they deleted
        String insert = "insert into task_count (estate_id, state, bucket, tag, due_day, n)"
                + " select ?1, ?2, ?3, ?4, ?5, sum(n) from ";
        String sql = postgres
                ? "with d as (delete from task_count where " + one + " returning n) " + insert + "d having sum(n) <> 0"
                : insert + "old table (delete from task_count where " + one + ") having sum(n) <> 0";
        int written = 0;
        for (Object[] key : keys) {
            written += em.createNativeQuery(sql).setParameter(1, ((Number) key[0]).longValue())
                    .setParameter(2, key[1].toString()).setParameter(3, ((Number) key[2]).intValue())
                    .setParameter(4, key[3].toString()).setParameter(5, ((Number) key[4]).intValue()).executeUpdate();
        }
        return written;
    }

    @Override
    public void store(Callback callback) {
        em.persist(callback);
    }
}
