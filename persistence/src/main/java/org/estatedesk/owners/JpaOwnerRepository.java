package org.estatedesk.owners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaOwnerRepository implements OwnerRepository {
    private static final String VISIBLE = String.format(DataScope.COMPANY_VISIBLE, "o.companyId");

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<Owner> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select o from Owner o where o.id = :id and " + VISIBLE, Owner.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Owner> byPhone(String phone, DataScope scope, int limit) {
        return scope.bind(em.createQuery("select o from Owner o where (o.phone = :p or o.phone2 = :p) and " + VISIBLE
                + " order by o.name, o.id", Owner.class)).setParameter("p", phone).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<Owner> search(String text, Long companyId, DataScope scope, PageRequest page) {
        String where = " where " + VISIBLE + " and (:company is null or o.companyId = :company)"
                + " and (:text is null or lower(o.name) like :text escape '!' or o.phone like :text escape '!'"
                + " or o.phone2 like :text escape '!' or o.idNumber like :ending escape '!')";
        QueryFilter filter = new QueryFilter().with("company", companyId)
                .with("text", org.estatedesk.shared.Like.containingLower(text))
                .with("ending", IdNumberMask.searchPattern(text));
        return PagedQuery.of(em, Owner.class).select("select o").count("select count(o)").from("from Owner o" + where)
                .where(filter).orderBy("order by o.name, o.id").scope(scope).page(page);
    }

    @Override
    public Owner store(Owner owner) {
        if (owner.getId() == null) {
            em.persist(owner);
            return owner;
        }
        return em.merge(owner);
    }

    @Override
    public List<Ownership> historyOfUnit(long unitId) {
        return em.createQuery("select o from Ownership o where o.unitId = :u order by o.startDate desc, o.id desc",
                Ownership.class).setParameter("u", unitId).getResultList();
    }

    @Override
    public List<Ownership> historyOfOwner(long ownerId) {
        return em.createQuery("select o from Ownership o where o.ownerId = :o order by o.startDate desc, o.id desc",
                Ownership.class).setParameter("o", ownerId).getResultList();
    }

    @Override
    public Optional<Ownership> currentOwnership(long unitId) {
        return em.createQuery("select o from Ownership o where o.unitId = :u and o.relation = :rel"
                + " and o.endDate is null", Ownership.class).setParameter("u", unitId)
                .setParameter("rel", OwnershipRelation.OWNER).getResultStream().findFirst();
    }

    @Override
    public List<String> currentNames(long unitId, java.util.Collection<OwnershipRelation> relations) {
        return em.createQuery("select w.name from Ownership o, Owner w where w.id = o.ownerId and o.unitId = :u"
                + " and o.endDate is null and o.relation in :rels", String.class).setParameter("u", unitId)
                .setParameter("rels", relations).getResultList();
    }

    @Override
    public void store(Ownership ownership) {
        em.persist(ownership);
    }

    /** A unit {@code u} with its current owner {@code w} (none: nulls), in an estate the caller sees. */
    private static final String HOLDERS = "select new org.estatedesk.owners.UnitHolder(u.id, u.code, w.id, w.name,"
            + " w.phone) from Unit u left join Ownership h on h.unitId = u.id and h.relation = :owner"
            + " and h.endDate is null left join Owner w on w.id = h.ownerId where exists (select 1 from"
            + " org.estatedesk.estates.Estate e where e.id = u.estateId and " + DataScope.ESTATE_VISIBLE + ")";

    @Override
    public List<UnitHolder> unitsByCodeOrOwner(long estateId, String text, DataScope scope, int limit) {
        String like = org.estatedesk.shared.Like.containingLower(text.strip());
        return scope.bind(em.createQuery(HOLDERS + " and u.estateId = :estate and (lower(u.code) like :q escape '!'"
                + " or lower(w.name) like :q escape '!' or w.phone like :q escape '!') order by u.code, w.id",
                UnitHolder.class)).setParameter("owner", OwnershipRelation.OWNER).setParameter("estate", estateId)
                .setParameter("q", like).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<UnitHolder> unitHolder(long unitId, DataScope scope) {
        return scope.bind(em.createQuery(HOLDERS + " and u.id = :unit order by w.id", UnitHolder.class))
                .setParameter("owner", OwnershipRelation.OWNER).setParameter("unit", unitId).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
