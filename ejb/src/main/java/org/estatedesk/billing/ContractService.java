package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.estates.UnitType;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * Rent, parking and multi-business contracts (R4.1), kept by finance, CS managers and shop administrators and read
 * by all staff within their data scope. A contract of a space that is not a unit gets a "space" unit to bill on
 * (see the persistence package). The monthly billing run bills them; this service only keeps their terms and
 * states, and lists those about to expire.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.SHOP_ADMIN, Roles.STAFF})
public class ContractService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The default horizon of the expiry list and the workbench count (days). */
    public static final int EXPIRING_DAYS = 30;
    private static final int EXPORT_MAX = 20_000;

    @Inject
    ContractRepository contracts;

    @Inject
    FeeRepository feeRepository;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    OwnerRepository owners;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @EJB
    ChargeService charges;

    /** The list's filter: {@code expiringWithinDays} set means active contracts ending within so many days. */
    public record Filter(Long estateId, ContractKind kind, Contract.State state, Integer expiringWithinDays) {
    }

    @RolesAllowed(Roles.STAFF)
    public Page<ContractRepository.Row> list(Filter filter, PageRequest page) {
        return contracts.page(repositoryFilter(filter), caller.scope(), page);
    }

    @RolesAllowed(Roles.STAFF)
    public List<ContractRepository.Row> export(Filter filter) {
        return contracts.all(repositoryFilter(filter), caller.scope(), EXPORT_MAX);
    }

    @RolesAllowed(Roles.STAFF)
    public ContractRepository.Row get(long id) {
        return contracts.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("contract", id));
    }

    /** Active contracts of visible estates ending within the default horizon or past their end (the workbench). */
    @RolesAllowed(Roles.STAFF)
    public long countExpiring() {
        return contracts.countEnding(today().plusDays(EXPIRING_DAYS), caller.scope());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.SHOP_ADMIN})
    public ContractRepository.Row create(ContractRequest r) {
        if (r.estateId() == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        Estate estate = estates.find(r.estateId(), caller.scope())
                .orElseThrow(() -> new NotFoundException("estate", r.estateId()));
        long company = caller.company(estate.getCompanyId());
        if (r.code() != null && contracts.byCode(company, r.code().trim()).isPresent()) {
            throw new ConflictException("error.contract.duplicate", r.code().trim());
        }
        checkParty(r, company);
        Unit unit = r.unitId() != null ? unitOf(estate, r.unitId()) : spaceUnit(estate, r);
        Contract c = validation.check(new Contract(company, estate.getId(), unit.getId(), r.code(),
                r.unitId() == null ? r.spaceCode() : null, r.terms(), r.draft(), caller.username(), now()));
        contracts.store(c);
        askDeposit(c);
        log.record("CONTRACT_CREATE", "contract", c.getId(), c.getCode() + " " + c.getKind() + " unit "
                + unit.getCode() + " " + c.getMonthlyAmount() + "/month " + c.getStartDate() + ".." + c.getEndDate(),
                company);
        return get(c.getId());
    }

    /** New terms (not the estate, unit or space); {@code version} guards against lost updates (409). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.SHOP_ADMIN})
    public ContractRepository.Row update(long id, ContractRequest r, Integer version) {
        Contract c = writable(id);
        c.checkVersion(version);
        if (r.code() != null && !r.code().trim().equals(c.getCode())) {
            throw new RuleViolationException("error.contract.codeFixed", "code");
        }
        checkParty(r, c.getCompanyId());
        c.amend(r.terms());
        validation.check(c);
        if (c.getState() == Contract.State.DRAFT && !r.draft()) {
            c.activate();
        }
        askDeposit(c);
        log.record("CONTRACT_UPDATE", "contract", id, c.getCode() + " " + c.getMonthlyAmount() + "/month "
                + c.getStartDate() + ".." + c.getEndDate() + " " + c.getState(), c.getCompanyId());
        return get(id);
    }

    /**
     * An active contract with a deposit asks for it through billing's deposits (DUE until the cashier takes it, then
     * HELD until finance settles it when the contract ends, keeping what the tenant still owes). New terms change a
     * deposit not taken yet, or cancel it when the deposit is dropped; once taken, its amount is fixed (409).
     */
    private void askDeposit(Contract c) {
        if (c.getState() != Contract.State.ACTIVE) {
            return;
        }
        String key = "CONTRACT:" + c.getId() + ":DEPOSIT";
        BigDecimal amount = c.getDeposit() == null || c.getDeposit().signum() == 0 ? null : c.getDeposit();
        Deposit asked = charges.depositFor(c.getUnitId(), key).orElse(null);
        if (asked == null || asked.getState() == Deposit.State.CANCELLED) {
            if (amount != null && asked == null) {
                charges.requireDeposit(c.getUnitId(), Deposit.Kind.CONTRACT, key, "合同押金 " + c.getCode(), amount);
            } else if (amount != null) {
                throw new ConflictException("error.contract.depositCancelled", c.getCode());
            }
        } else if (asked.getState() == Deposit.State.DUE) {
            if (amount == null) {
                asked.cancel(caller.username(), now());
            } else if (asked.getAmount().compareTo(amount) != 0) {
                asked.changeAmount(amount);
            }
        } else if (amount == null || asked.getAmount().compareTo(amount) != 0) {
            throw new ConflictException("error.contract.depositTaken", c.getCode(), asked.getAmount().toPlainString());
        }
    }

    /** Ends a contract early (R4.1): billed up to the date, prorated; a draft is cancelled. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.SHOP_ADMIN})
    public ContractRepository.Row terminate(long id, LocalDate date, String reason, Integer version) {
        Contract c = writable(id);
        c.checkVersion(version);
        c.terminate(date, reason);
        log.record("CONTRACT_TERMINATE", "contract", id, c.getCode() + " on " + date + ": " + reason.trim(),
                c.getCompanyId());
        return get(id);
    }

    /**
     * Marks the visible active contracts whose end date has passed as expired (of one estate, or all); returns how
     * many. Billing does not depend on it: a contract is billed only up to its end date anyway.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.SHOP_ADMIN})
    public int expire(Long estateId) {
        LocalDate today = today();
        int n = 0;
        for (Contract c : contracts.pastEnd(today, estateId, caller.scope())) {
            c.expire(today);
            log.record("CONTRACT_EXPIRE", "contract", c.getId(), c.getCode() + " ended " + c.getEndDate(),
                    c.getCompanyId());
            n++;
        }
        return n;
    }

    private Contract writable(long id) {
        Contract c = get(id).contract();
        caller.company(c.getCompanyId());
        return c;
    }

    private void checkParty(ContractRequest r, long company) {
        if (r.feeItemId() == null) {
            throw new RuleViolationException("error.required", "feeItemId");
        }
        FeeItem item = feeRepository.item(r.feeItemId()).filter(i -> i.getCompanyId() == company)
                .orElseThrow(() -> new RuleViolationException("error.contract.feeItem", "feeItemId",
                        r.feeItemId()));
        if (item.getBasis() != FeeBasis.FIXED) {
            throw new RuleViolationException("error.contract.feeItemBasis", "feeItemId", item.getCode());
        }
        if (r.ownerId() != null && owners.find(r.ownerId(), caller.scope())
                .filter(o -> company == o.getCompanyId()).isEmpty()) {
            throw new RuleViolationException("error.contract.owner", "ownerId", r.ownerId());
        }
    }

    private Unit unitOf(Estate estate, long unitId) {
        return units.find(unitId, caller.scope()).filter(u -> u.getEstateId().equals(estate.getId()))
                .orElseThrow(() -> new RuleViolationException("error.contract.unit", "unitId", unitId,
                        estate.getName()));
    }

    /**
     * The unit a space that is not a unit bills on: the estate's PARKING or OTHER unit of the space's code, made
     * on first use (no building; the area given, else 1 m²). Rent is always of a unit.
     */
    private Unit spaceUnit(Estate estate, ContractRequest r) {
        if (r.kind() == ContractKind.RENT || r.kind() == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        if (r.spaceCode() == null || r.spaceCode().isBlank()) {
            throw new RuleViolationException("error.contract.unitOrSpace", "spaceCode");
        }
        String code = r.spaceCode().trim();
        if (code.length() > 60) {
            throw new RuleViolationException("error.contract.tooLong", "spaceCode", 60);
        }
        UnitType type = r.kind() == ContractKind.PARKING ? UnitType.PARKING : UnitType.OTHER;
        List<Unit> existing = units.byCodes(estate.getId(), List.of(code));
        if (!existing.isEmpty()) {
            Unit u = existing.get(0);
            if (u.getType() != UnitType.PARKING && u.getType() != UnitType.OTHER) {
                throw new RuleViolationException("error.contract.spaceIsUnit", "spaceCode", code);
            }
            return u;
        }
        Unit space = validation.check(new Unit(estate, null, null, null, code, type,
                r.spaceArea() == null ? BigDecimal.ONE : r.spaceArea()));
        units.storeAll(List.of(space));
        log.record("UNIT_CREATE", "unit", space.getId(), code + " " + type + " (contract space)",
                estate.getCompanyId());
        return space;
    }

    private ContractRepository.Filter repositoryFilter(Filter f) {
        if (f.estateId() != null && estates.find(f.estateId(), caller.scope()).isEmpty()) {
            throw new NotFoundException("estate", f.estateId());
        }
        Integer days = f.expiringWithinDays();
        if (days != null && (days < 0 || days > 3660)) {
            throw new RuleViolationException("error.param.invalid", "expiringWithinDays", days);
        }
        return new ContractRepository.Filter(f.estateId(), f.kind(), f.state(),
                days == null ? null : today().plusDays(days));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
