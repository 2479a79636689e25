package org.estatedesk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return em.createQuery("select o from OrgUnit o where o.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<OrgUnit> findAll() {
        return em.createQuery("select o from OrgUnit o order by o.id", OrgUnit.class).getResultList();
    }

    @Override
    public List<OrgUnit> findCompanies() {
        return em.createQuery("select o from OrgUnit o where o.kind = :kind order by o.code", OrgUnit.class)
                .setParameter("kind", OrgUnitKind.COMPANY).getResultList();
    }

    @Override
    public List<OrgUnit> findCompanies(org.estatedesk.shared.DataScope scope) {
        return scope.bind(em.createQuery("select o from OrgUnit o where o.kind = :kind and "
                + String.format(org.estatedesk.shared.DataScope.COMPANY_VISIBLE, "o.id") + " order by o.code",
                OrgUnit.class)).setParameter("kind", OrgUnitKind.COMPANY).getResultList();
    }

    @Override
    public boolean hasChildren(long id) {
        return !em.createQuery("select o.id from OrgUnit o where o.parentId = :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean isReferenced(long id) {
        return !em.createQuery("select e.id from Estate e where e.companyId = :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select u.id from AppUser u where u.companyId = :id or u.departmentId = :id",
                        Long.class).setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public OrgUnit store(OrgUnit unit) {
        if (unit.getId() == null) {
            em.persist(unit);
            em.flush();
            unit.assignOwnCompany();
            return unit;
        }
        return em.merge(unit);
    }

    @Override
    public void remove(OrgUnit unit) {
        em.remove(unit);
    }
}
