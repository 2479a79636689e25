package org.estatedesk.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Validation;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;

/** Announcements (公告) per company or for the whole group, shown on every user's workbench (R0.10). */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.STAFF})
public class AnnouncementService {
    private static final String VISIBLE = "(a.companyId is null or "
            + String.format(DataScope.COMPANY_VISIBLE, "a.companyId") + ")";

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    /** The announcements in force for the caller, newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<Announcement> current() {
        return caller.scope().bind(em.createQuery("select a from Announcement a where " + VISIBLE
                + " and (a.expiresAt is null or a.expiresAt > :now) order by a.publishedAt desc", Announcement.class))
                .setParameter("now", now()).setMaxResults(20).getResultList();
    }

    /** All announcements the caller may manage, expired ones included. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public List<Announcement> all() {
        return caller.scope().bind(em.createQuery("select a from Announcement a where " + VISIBLE
                + " order by a.publishedAt desc", Announcement.class)).setMaxResults(500).getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public Announcement publish(Long companyId, String title, String body, OffsetDateTime expiresAt) {
        DataScope scope = caller.scope();
        if (companyId == null ? !scope.groupWide() : !companyVisible(companyId, scope)) {
            throw new NotFoundException("company", companyId);
        }
        Announcement a = new Announcement(companyId, title, body, expiresAt, caller.username(), now());
        em.persist(validation.check(a));
        log.record("ANNOUNCEMENT_PUBLISH", "announcement", a.getId(), title, companyId);
        return a;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public Announcement revise(long id, String title, String body, OffsetDateTime expiresAt, Integer version) {
        Announcement a = find(id);
        a.checkVersion(version);
        a.revise(title, body, expiresAt);
        validation.check(a);
        log.record("ANNOUNCEMENT_REVISE", "announcement", id, title, a.getCompanyId());
        return a;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public void withdraw(long id) {
        Announcement a = find(id);
        em.remove(a);
        log.record("ANNOUNCEMENT_WITHDRAW", "announcement", id, a.getTitle(), a.getCompanyId());
    }

    private Announcement find(long id) {
        return caller.scope().bind(em.createQuery("select a from Announcement a where a.id = :id and " + VISIBLE,
                Announcement.class)).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("announcement", id));
    }

    private boolean companyVisible(long companyId, DataScope scope) {
        return !scope.bind(em.createQuery("select o.id from OrgUnit o where o.id = :c and "
                + String.format(DataScope.COMPANY_VISIBLE, "o.id"), Long.class)).setParameter("c", companyId)
                .getResultList().isEmpty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
