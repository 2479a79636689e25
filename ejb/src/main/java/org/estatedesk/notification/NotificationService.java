package org.estatedesk.notification;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Roles;

/** What was sent about a record, and whether it arrived: for administrators and managers. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.AUDITOR})
public class NotificationService {
    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.AUDITOR})
    public List<Notification> about(String targetType, long targetId) {
        return caller.scope().bind(em.createQuery("select n from Notification n where n.targetType = :type"
                + " and n.targetId = :id and (n.companyId is null or "
                + String.format(DataScope.COMPANY_VISIBLE, "n.companyId") + ") order by n.id", Notification.class))
                .setParameter("type", targetType).setParameter("id", targetId).getResultList();
    }
}
