package org.estatedesk.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.VisibleEstateCache;

/** Shared acceptance (R0.7): which company may accept requests for which other company's estates. */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class SharedAcceptanceService {
    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    VisibleEstateCache visibleEstates;

    @Inject
    EstateCompanies estates;

    @Inject
    OperationLog log;

    @RolesAllowed(Roles.ADMIN)
    public List<SharedAcceptance> all() {
        requireGroupAdmin();
        return em.createQuery("select s from SharedAcceptance s order by s.acceptingCompanyId, s.estateId",
                SharedAcceptance.class).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public SharedAcceptance share(long acceptingCompanyId, long estateId) {
        requireGroupAdmin();
        OrgUnit company = em.find(OrgUnit.class, acceptingCompanyId);
        Long estateCompany = estates.companyOf(estateId).orElse(null);
        if (company == null || !company.isCompany()) {
            throw new NotFoundException("company", acceptingCompanyId);
        }
        if (estateCompany == null) {
            throw new NotFoundException("estate", estateId);
        }
        if (estateCompany == acceptingCompanyId) {
            throw new RuleViolationException("error.sharing.ownEstate", "estateId");
        }
        boolean exists = !em.createQuery("select s.id from SharedAcceptance s where s.acceptingCompanyId = :c"
                + " and s.estateId = :e", Long.class).setParameter("c", acceptingCompanyId)
                .setParameter("e", estateId).getResultList().isEmpty();
        if (exists) {
            throw new ConflictException("error.sharing.exists");
        }
        SharedAcceptance s = new SharedAcceptance(acceptingCompanyId, estateId);
        em.persist(s);
        visibleEstates.invalidate();
        log.record("SHARING_ADD", "estate", estateId, "accepted by " + company.getCode(), acceptingCompanyId);
        return s;
    }

    @RolesAllowed(Roles.ADMIN)
    public void unshare(long id) {
        requireGroupAdmin();
        SharedAcceptance s = em.find(SharedAcceptance.class, id);
        if (s == null) {
            throw new NotFoundException("sharing", id);
        }
        em.remove(s);
        visibleEstates.invalidate();
        log.record("SHARING_REMOVE", "estate", s.getEstateId(), "company " + s.getAcceptingCompanyId(),
                s.getAcceptingCompanyId());
    }

    private void requireGroupAdmin() {
        if (!caller.scope().groupWide()) {
            throw new AccessDeniedException("error.org.groupAdminOnly");
        }
    }
}
