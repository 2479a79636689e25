package org.estatedesk.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitType;
import org.estatedesk.keys.EstateKey;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.owners.IdType;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerKind;
import org.estatedesk.organisation.OrgUnitKind;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.UserScope;

/**
 * The in-container tests' data, made by each test for itself through the domain's own constructors and committed at
 * once (its own transaction, whatever the test's). Every test gets a company of its own, so a test finds only what
 * it made, and "nothing left" is a count over that company.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Given {
    /** A company with two estates, of which the user sees the first only. */
    public record Company(long id, long estateInScope, long estateOutOfScope) {
    }

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    /**
     * A new company (under a new group) with two estates; {@code username} (a user of the test server's registry,
     * his app_user row made on first use) gets a data scope on the first estate only.
     */
    public Company companyWithTwoEstates(String username) {
        String code = unique();
        OrgUnit group = OrgUnit.group("G" + code, "集团 " + code, "Group " + code);
        em.persist(group);
        em.flush();
        OrgUnit company = group.addChild(OrgUnitKind.COMPANY, "C" + code, "公司 " + code, "Company " + code);
        em.persist(company);
        em.flush();
        company.assignOwnCompany();
        Estate inScope = new Estate(company.getId(), "A" + code, "小区 A " + code, "Shanghai", "1 Test Road");
        Estate outOfScope = new Estate(company.getId(), "B" + code, "小区 B " + code, "Shanghai", "2 Test Road");
        em.persist(inScope);
        em.persist(outOfScope);
        em.flush();
        AppUser user = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            user = new AppUser(username, username, "unused: the test server's registry checks the password",
                    company.getId(), null);
            em.persist(user);
            em.flush();
        }
        em.persist(new UserScope(user.getId(), company.getId(), inScope.getId()));
        return new Company(company.getId(), inScope.getId(), outOfScope.getId());
    }

    /** A key of an equipment room, registered in the estate. */
    public long key(long companyId, long estateId, String tag) {
        EstateKey key = new EstateKey(companyId, estateId, KeyCategory.EQUIPMENT_ROOM, tag, null, null, null, null,
                "pump room", null, 1, false, "given", OffsetDateTime.now(Clock.systemUTC()));
        em.persist(key);
        em.flush();
        return key.getId();
    }

    /** A residence of the estate, without building (its code unique in the test's company). */
    public long unit(long estateId, String code) {
        Estate estate = em.find(Estate.class, estateId);
        Unit unit = new Unit(estate, null, null, 1, code, UnitType.RESIDENCE, new BigDecimal("88.00"));
        em.persist(unit);
        em.flush();
        return unit.getId();
    }

    /** A person owning nothing yet. */
    public long owner(long companyId, String name) {
        Owner owner = new Owner(companyId, OwnerKind.PERSON, name, IdType.PASSPORT, "E" + unique().substring(0, 8),
                "13800000000");
        em.persist(owner);
        em.flush();
        return owner.getId();
    }

    /** How many owners, occupants and tenants the unit has had (committed). */
    public long ownershipsOf(long unitId) {
        return em.createQuery("select count(o) from Ownership o where o.unitId = :u", Long.class)
                .setParameter("u", unitId).getSingleResult();
    }

    /** How many rows of an entity with a {@code companyId} the company has (a new transaction: what is committed). */
    public long count(Class<?> entity, long companyId) {
        return em.createQuery("select count(x) from " + entity.getSimpleName() + " x where x.companyId = :c",
                Long.class).setParameter("c", companyId).getSingleResult();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
