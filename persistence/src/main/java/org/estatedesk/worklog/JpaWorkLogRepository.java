package org.estatedesk.worklog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.security.AppUser;
import org.estatedesk.shared.DataScope;

@ApplicationScoped
public class JpaWorkLogRepository implements WorkLogRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(WorkLog log) {
        em.persist(log);
    }

    @Override
    public void store(WorkLogReview review) {
        em.persist(review);
    }

    @Override
    public Optional<WorkLog> find(long userId, LocalDate date) {
        return em.createQuery("select w from WorkLog w where w.userId = :u and w.date = :d", WorkLog.class)
                .setParameter("u", userId).setParameter("d", date).getResultStream().findFirst();
    }

    @Override
    public List<WorkLog> entries(long userId, LocalDate from, LocalDate to) {
        return em.createQuery("select w from WorkLog w where w.userId = :u and w.date between :f and :t"
                + " order by w.date", WorkLog.class).setParameter("u", userId).setParameter("f", from)
                .setParameter("t", to).getResultList();
    }

    @Override
    public List<WorkLog> entries(List<Long> userIds, IsoWeek week) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from WorkLog w where w.userId in :u and w.isoWeek = :w"
                + " order by w.username, w.date", WorkLog.class).setParameter("u", userIds)
                .setParameter("w", week.toString()).getResultList();
    }

    @Override
    public boolean reviewed(long userId, IsoWeek week) {
        return review(userId, week).isPresent();
    }

    @Override
    public Optional<WorkLogReview> review(long userId, IsoWeek week) {
        return em.createQuery("select r from WorkLogReview r where r.userId = :u and r.isoWeek = :w",
                WorkLogReview.class).setParameter("u", userId).setParameter("w", week.toString()).getResultStream()
                .findFirst();
    }

    @Override
    public List<WorkLogReview> reviews(long userId, IsoWeek from, IsoWeek to) {
        return em.createQuery("select r from WorkLogReview r where r.userId = :u and r.isoWeek between :f and :t"
                + " order by r.isoWeek", WorkLogReview.class).setParameter("u", userId)
                .setParameter("f", from.toString()).setParameter("t", to.toString()).getResultList();
    }

    @Override
    public List<WorkLogReview> reviews(List<Long> userIds, IsoWeek week) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from WorkLogReview r where r.userId in :u and r.isoWeek = :w",
                WorkLogReview.class).setParameter("u", userIds).setParameter("w", week.toString()).getResultList();
    }

    /** The JPQL condition on a user alias {@code u} for the reviewer's team (see {@link Supervision}). */
    private static String team(boolean administrator) {
        return "u.enabled = true and u.id <> :me and u.companyId is not null and "
                + (administrator ? String.format(DataScope.COMPANY_VISIBLE, "u.companyId")
                        : "u.companyId = :company and u.departmentId = :department");
    }

    private static <Q extends jakarta.persistence.Query> Q bind(Q q, AppUser reviewer, boolean administrator,
            DataScope scope) {
        q.setParameter("me", reviewer.getId());
        if (administrator) {
            scope.bind(q);
        } else {
            q.setParameter("company", reviewer.getCompanyId()).setParameter("department", reviewer.getDepartmentId());
        }
        return q;
    }

    @Override
    public List<AppUser> team(AppUser reviewer, boolean administrator, DataScope scope) {
        if (!administrator && (reviewer.getCompanyId() == null || reviewer.getDepartmentId() == null)) {
            return List.of();
        }
        TypedQuery<AppUser> q = em.createQuery("select u from AppUser u where " + team(administrator)
                + " order by u.username", AppUser.class);
        return bind(q, reviewer, administrator, scope).getResultList();
    }

    @Override
    public long countWaiting(AppUser reviewer, boolean administrator, DataScope scope, IsoWeek upTo) {
        if (!administrator && (reviewer.getCompanyId() == null || reviewer.getDepartmentId() == null)) {
            return 0;
        }
        TypedQuery<Object[]> q = em.createQuery("select w.userId, w.isoWeek from WorkLog w where w.isoWeek <= :upTo"
                + " and w.userId in (select u.id from AppUser u where " + team(administrator) + ")"
                + " and not exists (select 1 from WorkLogReview r where r.userId = w.userId and r.isoWeek = w.isoWeek)"
                + " group by w.userId, w.isoWeek", Object[].class).setParameter("upTo", upTo.toString());
        return bind(q, reviewer, administrator, scope).getResultList().size();
    }
}
