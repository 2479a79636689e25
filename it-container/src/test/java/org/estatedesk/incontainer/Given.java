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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.estatedesk.approvals.StepState;
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
import org.estatedesk.servicedesk.Channel;
import org.estatedesk.servicedesk.Reception;
import org.estatedesk.shared.Roles;

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

    /** The users of the test server's registry and the role (group) each has there (server.xml). */
    private static final Map<String, String> ROLES = Map.of("frontdesk", Roles.FRONT_DESK, "auditor", Roles.AUDITOR,
            "admin", Roles.ADMIN, "manager", Roles.CS_MANAGER, "finance", Roles.FINANCE, "tech", Roles.TECHNICIAN,
            "engineer", Roles.ENGINEERING_MANAGER, "archivist", Roles.ARCHIVE_KEEPER);

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
        AppUser user = user(username, company.getId());
        em.persist(new UserScope(user.getId(), company.getId(), inScope.getId()));
        return new Company(company.getId(), inScope.getId(), outOfScope.getId());
    }

    /**
     * Gives {@code username} (his app_user row made on first use, in this company) a data scope on one more estate,
     * e.g. the estate that is out of the scope of the test's main caller.
     */
    public void scope(String username, long companyId, long estateId) {
        em.persist(new UserScope(user(username, companyId).getId(), companyId, estateId));
        em.flush();
    }

    /** The company of the user's app_user row (that of the first company made for him). */
    public long companyOf(String username) {
        return user(username, 0).getCompanyId();
    }

    /**
     * The app_user row of a user of the test server's registry, made on first use in the given company, with the
     * role his group gives him there (server.xml): the services that decide by the caller's roles read them here.
     */
    private AppUser user(String username, long companyId) {
        AppUser user = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            if (companyId == 0) {
                throw new IllegalStateException("no app_user " + username + " yet");
            }
            user = new AppUser(username, username, "unused: the test server's registry checks the password",
                    companyId, null);
            em.persist(user);
        }
        user.grantRoles(Set.of(Objects.requireNonNull(ROLES.get(username), "no role for " + username)));
        em.flush();
        return user;
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

    /** A reception record of the estate (a call about its lobby), registered by nobody in particular. */
    public long reception(long companyId, long estateId) {
        Reception reception = new Reception(companyId, estateId, null, "lobby", Channel.PHONE, "王芳", "13800000002",
                "given", "given", OffsetDateTime.now(Clock.systemUTC()));
        em.persist(reception);
        em.flush();
        return reception.getId();
    }

    /** The id of the step of a form's approvals that waits for its approver now (R3.9). */
    public long pendingStep(String formType, long formId) {
        return em.createQuery("select s.id from ApprovalStep s where s.chain.formType = :t and s.chain.formId = :f"
                + " and s.state = :pending", Long.class).setParameter("t", formType).setParameter("f", formId)
                .setParameter("pending", StepState.PENDING).getSingleResult();
    }

    /** A member of staff of the company without roles or scopes (a user an administrator may look at). */
    public long staff(long companyId) {
        String name = "s" + unique();
        AppUser user = new AppUser(name, "Staff " + name, "unused", companyId, null);
        em.persist(user);
        em.flush();
        return user.getId();
    }

    /** The user name of a user. */
    public String username(long userId) {
        return em.find(AppUser.class, userId).getUsername();
    }

    /** An estate of the company (the one made first). */
    public long companyEstate(long companyId) {
        return em.createQuery("select min(e.id) from Estate e where e.companyId = :c", Long.class)
                .setParameter("c", companyId).getSingleResult();
    }

    /** How many rows of an entity with a {@code companyId} the company has (a new transaction: what is committed). */
    public long count(Class<?> entity, long companyId) {
        return em.createQuery("select count(x) from " + entity.getSimpleName() + " x where x." + companyPath(entity)
                + " = :c", Long.class).setParameter("c", companyId).getSingleResult();
    }

    /** The path to an entity's company: its own column, or that of the unit or estate a form embeds. */
    private String companyPath(Class<?> entity) {
        var attributes = em.getMetamodel().entity(entity).getAttributes().stream().map(a -> a.getName()).toList();
        for (String path : new String[] {"companyId", "unit", "estate"}) {
            if (attributes.contains(path)) {
                return path.equals("companyId") ? path : path + ".companyId";
            }
        }
        throw new IllegalArgumentException(entity.getSimpleName() + " has no company");
    }

    /** How many rows of an entity have the value in the field (a new transaction: what is committed). */
    public long countWhere(Class<?> entity, String field, Object value) {
        return em.createQuery("select count(x) from " + entity.getSimpleName() + " x where x." + field + " = :v",
                Long.class).setParameter("v", value).getSingleResult();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
