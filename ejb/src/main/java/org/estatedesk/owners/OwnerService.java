package org.estatedesk.owners;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/** The owner ledger (R0.4). Reading is open to all staff; the front desk and CS staff keep it. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.SHOP_ADMIN, Roles.STAFF})
public class OwnerService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    OwnerRepository owners;

    @Inject
    UnitRepository units;

    private static final List<String> CONSULTANT_ROLES = List.of(Roles.CS_ASSISTANT, Roles.CS_SUPERVISOR,
        Roles.CS_MANAGER, Roles.FRONT_DESK);

    @Inject
    org.estatedesk.security.UserRepository users;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @Resource
    SessionContext context;

    @RolesAllowed(Roles.STAFF)
    public Page<Owner> search(String text, Long companyId, PageRequest page) {
        return owners.search(text, companyId, caller.scope(), page);
    }

    @RolesAllowed(Roles.STAFF)
    public Owner owner(long id) {
        return owners.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("owner", id));
    }

    /** Whether the caller sees whole identity numbers ({@link IdNumberMask#WHOLE_NUMBER_ROLES}). */
    @RolesAllowed(Roles.STAFF)
    public boolean seesWholeIdNumbers() {
        return IdNumberMask.wholeFor(context::isCallerInRole);
    }

    /**
     * The owner's identity number as the caller may see it: whole for the roles that need it (the showing written
     * to the operation log), masked for everybody else.
     */
    @RolesAllowed(Roles.STAFF)
    public String idNumber(long id) {
        return seesWholeIdNumbers() ? unmaskIdNumber(id) : owner(id).getMaskedIdNumber();
    }

    /** The owner's whole identity number, for the roles that need it; every showing is in the operation log. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public String unmaskIdNumber(long id) {
        Owner o = owner(id);
        log.record("OWNER_ID_UNMASK", "owner", id, o.getName(), o.getCompanyId());
        return o.getIdNumber();
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SHOP_ADMIN})
    public Owner create(OwnerData d) {
        DataScope scope = caller.scope();
        Long company = d.companyId() != null ? d.companyId() : caller.companyId();
        if (company == null) {
            throw new RuleViolationException("error.required", "companyId");
        }
        if (!scope.groupWide() && !caller.companyId().equals(company)
                && !companyIdsOfCaller().contains(company)) {
            throw new NotFoundException("company", company);
        }
        Owner o = new Owner(company, d.kind(), d.name(), d.idType(), d.idNumber(), d.phone());
        apply(o, d);
        owners.store(validation.check(o));
        log.record("OWNER_CREATE", "owner", o.getId(), o.getName(), company);
        return o;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SHOP_ADMIN})
    public Owner update(long id, OwnerData d, Integer version) {
        Owner o = owner(id);
        o.checkVersion(version);
        apply(o, d);
        validation.check(o);
        log.record("OWNER_UPDATE", "owner", id, o.getName(), o.getCompanyId());
        return o;
    }

    /**
     * Ties an owner, occupant or tenant to a unit from a date. For an owner this is a change of owner (更名): the
     * previous owner's period ends the day before, and the unit's current owner changes.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SHOP_ADMIN})
    public Ownership assign(long ownerId, long unitId, OwnershipRelation relation, LocalDate from, String note) {
        Owner o = owner(ownerId);
        Unit u = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!u.getCompanyId().equals(o.getCompanyId())) {
            throw new RuleViolationException("error.ownership.otherCompany", "unitId");
        }
        LocalDate start = from == null ? LocalDate.now(clock.withZone(zones.zone())) : from;
        if (relation == OwnershipRelation.OWNER) {
            owners.currentOwnership(unitId).ifPresent(current -> {
                if (current.getOwnerId().equals(ownerId)) {
                    throw new RuleViolationException("error.ownership.sameOwner", "ownerId");
                }
                current.end(start.minusDays(1).isBefore(current.getStartDate()) ? current.getStartDate()
                        : start.minusDays(1));
            });
            u.ownedBy(ownerId);
        }
        Ownership ownership = new Ownership(unitId, ownerId, relation, start, note);
        owners.store(ownership);
        log.record(relation == OwnershipRelation.OWNER ? "OWNER_CHANGE" : "OCCUPANT_ADD", "unit", unitId,
                u.getCode() + " -> " + o.getName(), u.getCompanyId());
        return ownership;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SHOP_ADMIN})
    public void endOccupancy(long ownerId, long ownershipId, LocalDate on) {
        owner(ownerId);
        Ownership o = owners.historyOfOwner(ownerId).stream().filter(x -> x.getId() == ownershipId).findFirst()
                .orElseThrow(() -> new NotFoundException("ownership", ownershipId));
        if (o.getRelation() == OwnershipRelation.OWNER) {
            throw new RuleViolationException("error.ownership.ownerEndsByChange", "relation");
        }
        o.end(on == null ? LocalDate.now(clock.withZone(zones.zone())) : on);
        log.record("OCCUPANT_END", "unit", o.getUnitId(), "owner " + ownerId, null);
    }

    /**
     * Makes a CS staff member of the owner's company his customer consultant (R1.9), or nobody ({@code null}).
     * Only the customer-service roles can be consultants.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public Owner assignConsultant(long ownerId, String username) {
        Owner o = owner(ownerId);
        if (username != null && !username.isBlank()) {
            boolean fits = users.findByUsername(username.trim()).filter(u -> u.isEnabled())
                    .filter(u -> o.getCompanyId().equals(u.getCompanyId()))
                    .filter(u -> u.getRoles().stream().anyMatch(CONSULTANT_ROLES::contains)).isPresent();
            if (!fits) {
                throw new RuleViolationException("error.owner.consultant", "consultant", username);
            }
        }
        o.assignConsultant(username);
        log.record("OWNER_CONSULTANT", "owner", ownerId, o.getName() + " -> " + o.getConsultant(),
                o.getCompanyId());
        return o;
    }

    /** The staff who can be consultants of a company's owners: its enabled customer-service users. */
    @RolesAllowed(Roles.STAFF)
    public List<org.estatedesk.security.AppUser> consultants(long companyId) {
        return users.withRoles(companyId, CONSULTANT_ROLES);
    }

    @RolesAllowed(Roles.STAFF)
    public List<Ownership> history(long ownerId) {
        owner(ownerId);
        return owners.historyOfOwner(ownerId);
    }

    @RolesAllowed(Roles.STAFF)
    public List<Ownership> historyOfUnit(long unitId) {
        units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        return owners.historyOfUnit(unitId);
    }

    @RolesAllowed(Roles.STAFF)
    public List<Unit> unitsOf(long ownerId) {
        owner(ownerId);
        return units.ofOwner(ownerId);
    }

    private List<Long> companyIdsOfCaller() {
        return caller.scope().groupWide() ? List.of() : java.util.List.copyOf(
                new java.util.TreeSet<>(List.of(caller.companyId())));
    }

    private static void apply(Owner o, OwnerData d) {
        o.update(d.kind(), d.name(), d.idType(), d.idNumber(), d.phone(), d.phone2(), d.email(),
                d.contactPreference(), d.language(), d.address(), d.note());
    }
}
