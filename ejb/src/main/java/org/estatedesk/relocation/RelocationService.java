package org.estatedesk.relocation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.billing.BillRepository;
import org.estatedesk.decoration.DecorationApplication;
import org.estatedesk.decoration.DecorationRepository;
import org.estatedesk.decoration.DecorationState;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.keys.KeyRepository;
import org.estatedesk.passes.PassRepository;
import org.estatedesk.shared.BlockedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;

/**
 * Relocation / move-out (业户迁出, R3.7): the application is checked at once — every fee paid, no open decoration,
 * every pass and lent key returned, no other relocation under way — and refused with every reason found (409, nothing stored); then a CS manager
 * approves it in the approval inbox, the front desk issues the goods release slip with the owner's confirmation,
 * and the move completes it and updates the unit's state.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.STAFF})
public class RelocationService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** Decorations that still run: the unit may not be left before acceptance and the deposit's settlement. */
    private static final Set<DecorationState> OPEN_DECORATION = EnumSet.of(DecorationState.IN_APPROVAL,
            DecorationState.APPROVED, DecorationState.FEES_DUE, DecorationState.PERMIT_ISSUED, DecorationState.ACCEPTED);

    @Inject
    RelocationRepository relocations;

    @Inject
    UnitRepository units;

    @Inject
    BillRepository billRepository;

    @Inject
    DecorationRepository decorations;

    @Inject
    PassRepository passes;

    @Inject
    KeyRepository keys;

    @EJB
    ApprovalService approvals;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /**
     * Applies for a move-out: refused with every blocking reason (unpaid fees and late fees, an open decoration,
     * an open relocation), else stored IN_APPROVAL with a CS manager's approval step waiting.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Relocation apply(long unitId, LocalDate date, String reason) {
        Unit unit = unit(unitId);
        OffsetDateTime now = now();
        Relocation r = new Relocation(unit.getCompanyId(), unit.getEstateId(), unit.getId(), unit.getCode(), date,
                reason, caller.username(), now);
        List<BlockedException.Reason> blockers = blockers(unit);
        if (!blockers.isEmpty()) {
            log.record("RELOCATION_BLOCKED", "unit", unitId, blockers.stream().map(BlockedException.Reason::code)
                    .toList().toString(), unit.getCompanyId());
            throw new BlockedException("error.relocation.blocked", blockers);
        }
        relocations.store(r);
        approvals.start(Relocation.FORM_TYPE, r.getId(), 1, r.getCompanyId(), r.getEstateId(),
                List.of(new StepPlan("CS_MANAGER", Roles.CS_MANAGER)), null);
        log.record("RELOCATION_APPLY", "unit", unitId, "move on " + date, unit.getCompanyId());
        return r;
    }

    /** What keeps a unit from moving out now (empty: nothing); the same checks as {@link #apply}. */
    @RolesAllowed(Roles.STAFF)
    public List<BlockedException.Reason> check(long unitId) {
        return blockers(unit(unitId));
    }

    private List<BlockedException.Reason> blockers(Unit unit) {
        List<BlockedException.Reason> reasons = new ArrayList<>();
        BillRepository.Balance balance = billRepository.balance(unit.getId(),
                LocalDate.now(clock.withZone(zones.zone())));
        BigDecimal owed = balance.outstanding().add(balance.lateFees());
        if (owed.signum() > 0) {
            reasons.add(new BlockedException.Reason("UNPAID_FEES", "relocation.blocked.unpaid",
                    List.of(owed.toPlainString())));
        }
        for (DecorationApplication d : decorations.page(null, null, unit.getId(), false, now(), caller.scope(),
                new PageRequest(0, 20)).items()) {
            if (OPEN_DECORATION.contains(d.getState())) {
                reasons.add(new BlockedException.Reason("OPEN_DECORATION", "relocation.blocked.decoration",
                        List.of(d.getId(), d.getState().name())));
            }
        }
        long passesOut = passes.outstanding(unit.getId());
        if (passesOut > 0) {
            reasons.add(new BlockedException.Reason("OPEN_PASSES", "relocation.blocked.passes",
                    List.of(passesOut)));
        }
        long keysOut = keys.lentOut(unit.getId());
        if (keysOut > 0) {
            reasons.add(new BlockedException.Reason("OPEN_KEYS", "relocation.blocked.keys", List.of(keysOut)));
        }
        relocations.open(unit.getId()).ifPresent(r -> reasons.add(new BlockedException.Reason("OPEN_RELOCATION",
                "relocation.blocked.relocation", List.of(r.getId(), r.getState().name()))));
        return reasons;
    }

    /**
     * Issues the goods release slip (放行条) of an approved relocation: the goods and the owner who confirmed them by
     * phone; numbered FX{year}-{id}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Relocation release(long id, String goods, String confirmedByOwner, Integer version) {
        Relocation r = find(id);
        r.checkVersion(version);
        OffsetDateTime now = now();
        r.release("FX" + now.atZoneSameInstant(zones.zone()).getYear() + "-" + String.format("%06d", id), goods,
                confirmedByOwner, caller.username(), now);
        log.record("RELOCATION_RELEASE", "unit", r.getUnitId(), r.getSlipNumber(), r.getCompanyId());
        return r;
    }

    /** The goods are out: the relocation is completed and the unit's state updated (R3.7). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Relocation complete(long id, Integer version) {
        Relocation r = find(id);
        r.checkVersion(version);
        Unit unit = units.find(r.getUnitId(), caller.scope()).orElseThrow(() -> new NotFoundException("unit",
                r.getUnitId()));
        unit.describe(unit.getType(), unit.getArea(), r.complete(caller.username(), now()));
        log.record("RELOCATION_COMPLETE", "unit", r.getUnitId(), "unit now " + r.getUnitStateAfter(),
                r.getCompanyId());
        return r;
    }

    @RolesAllowed(Roles.STAFF)
    public Relocation find(long id) {
        return relocations.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("relocation", id));
    }

    @RolesAllowed(Roles.STAFF)
    public Page<Relocation> relocations(Relocation.State state, Long estateId, PageRequest page) {
        return relocations.page(state, estateId, caller.scope(), page);
    }

    private Unit unit(long unitId) {
        return units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
