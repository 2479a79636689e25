package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
    /** The enabled users of a company holding any of the roles (:c, :roles). */
    private static final String ROLE_HOLDERS = " from AppUser u join u.roles r where u.companyId = :c"
            + " and u.enabled = true and r in :roles";

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<AppUser> find(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id));
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    @Override
    public List<AppUser> withRoles(long companyId, java.util.Collection<String> roles) {
        return em.createQuery("select distinct u" + ROLE_HOLDERS + " order by u.username", AppUser.class)
                .setParameter("c", companyId).setParameter("roles", roles).getResultList();
    }

    @Override
    public List<Recipient> recipients(long companyId, java.util.Collection<String> roles) {
        return em.createQuery("select distinct new org.estatedesk.security.Recipient(u.username, u.email)"
                + ROLE_HOLDERS + " and u.email is not null and u.email <> '' order by u.username", Recipient.class)
                .setParameter("c", companyId).setParameter("roles", roles).getResultList();
    }

    @Override
    public AppUser lockAndRefresh(AppUser user) {
        // Lock the row first, then read it anew. Hibernate cannot lock in the load itself (the roles collection is
        // joined, so it locks afterwards with a version check, which fails when another login changed the row).
        em.createNativeQuery("select id from app_user where id = ? for update").setParameter(1, user.getId())
                .getResultList();
        em.detach(user);
        return em.find(AppUser.class, user.getId());
    }

    @Override
    public boolean recordLogin(long userId, java.time.OffsetDateTime now) {
        return em.createQuery("update AppUser u set u.lastLoginAt = :now, u.failedLogins = 0, u.lockedUntil = null"
                + " where u.id = :id").setParameter("now", now).setParameter("id", userId).executeUpdate() == 1;
    }

    @Override
    public boolean replacePasswordHash(long userId, String checkedHash, String newHash) {
        return em.createQuery("update AppUser u set u.passwordHash = :newHash where u.id = :id"
                + " and u.passwordHash = :checked").setParameter("newHash", newHash).setParameter("id", userId)
                .setParameter("checked", checkedHash).executeUpdate() == 1;
    }

    @Override
    public Page<AppUser> search(Long companyId, String text, PageRequest page) {
        String where = " where (:company is null or u.companyId = :company)"
                + " and (:text is null or lower(u.username) like :text escape '!'"
                + " or lower(u.displayName) like :text escape '!')";
        QueryFilter filter = new QueryFilter().with("company", companyId)
                .with("text", org.estatedesk.shared.Like.containingLower(text));
        return PagedQuery.of(em, AppUser.class).select("select u").count("select count(u)")
                .from("from AppUser u" + where).where(filter).orderBy("order by u.username").page(page);
    }

    @Override
    public List<UserScope> scopesOf(long userId) {
        return em.createQuery("select s from UserScope s where s.userId = :u order by s.companyId, s.estateId",
                UserScope.class).setParameter("u", userId).getResultList();
    }

    @Override
    public List<Long> companyIdsOf(long userId) {
        return em.createQuery("select distinct s.companyId from UserScope s where s.userId = :u order by s.companyId",
                Long.class).setParameter("u", userId).getResultList();
    }

    @Override
    public void replaceScopes(long userId, List<UserScope> scopes) {
        em.createQuery("delete from UserScope s where s.userId = :u").setParameter("u", userId).executeUpdate();
        scopes.forEach(em::persist);
    }

    @Override
    public AppUser store(AppUser user) {
        if (user.getId() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }
}
