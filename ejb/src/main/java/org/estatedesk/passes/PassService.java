package org.estatedesk.passes;

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
import org.estatedesk.billing.ChargeService;
import org.estatedesk.billing.Deposit;
import org.estatedesk.decoration.DecorationApplication;
import org.estatedesk.decoration.DecorationRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Passes (R3.6) issued at the front desk: a worker's pass charges the company's card fee once (a one-off charge)
 * and asks for its refundable deposit (a deposit due), both taken at the cashier's desk, where the deposit is also
 * paid back after the pass is returned; temporary passes and hot-work permits cost nothing. Lists of passes
 * overdue and expiring.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.SECURITY_MANAGER, Roles.STAFF})
public class PassService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    PassRepository passes;

    @Inject
    UnitRepository units;

    @EJB
    ChargeService charges;

    @Inject
    DecorationRepository decorations;

    @EJB
    ParameterService parameters;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /** The passes' key in billing: the card fee is charged as {@code PASS:<id>:FEE}, the deposit is {@code PASS:<id>}. */
    public static String billingKey(long passId) {
        return "PASS:" + passId;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SECURITY_MANAGER})
    public Pass issue(long unitId, Pass.Kind kind, String holderName, String idNumber, String employer,
            String certificateNo, LocalDate validFrom, LocalDate validTo) {
        return issue(unitId, kind, holderName, idNumber, employer, certificateNo, null, null, validFrom, validTo);
    }

    /** A pass; a goods release slip (GOODS_RELEASE) with its goods and the owner who confirmed them by phone. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SECURITY_MANAGER})
    public Pass issue(long unitId, Pass.Kind kind, String holderName, String idNumber, String employer,
            String certificateNo, String goods, String confirmedByOwner, LocalDate validFrom, LocalDate validTo) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        long company = unit.getCompanyId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Pass p = new Pass(company, unit.getEstateId(), unitId, unit.getCode(), kind, holderName, idNumber, employer,
                certificateNo, goods, confirmedByOwner, validFrom, validTo, parameters.integer(company, ParameterKey.PASS_MAX_MONTHS),
                parameters.integer(company, ParameterKey.TEMPORARY_PASS_DAYS), caller.username(), now);
        // a worker pass (R3.6) needs the unit's decoration permit in force, its dates within the works'
        String permit = kind != Pass.Kind.WORKER ? "" : " permit " + DecorationApplication.permitForWorkerPass(
                decorations.permitsInForce(unitId), unit.getCode(), validFrom, validTo).getPermitNumber();
        passes.store(p);
        p.numbered(now.atZoneSameInstant(zones.zone()).getYear());
        if (kind == Pass.Kind.WORKER) {
            BigDecimal fee = parameters.decimal(company, ParameterKey.PASS_CARD_FEE);
            BigDecimal deposit = parameters.decimal(company, ParameterKey.PASS_DEPOSIT);
            if (fee.signum() > 0) {
                charges.charge(unitId, billingKey(p.getId()) + ":FEE", "出入证工本费（" + p.getNumber() + " "
                        + p.getHolderName() + "）", List.of(new ChargeService.ChargeLine("PASS_FEE", fee)));
            }
            if (deposit.signum() > 0) {
                charges.requireDeposit(unitId, Deposit.Kind.WORKER_PASS, billingKey(p.getId()), "出入证押金（"
                        + p.getNumber() + " " + p.getHolderName() + "）", deposit);
            }
        }
        log.record("PASS_ISSUE", "unit", unitId, p.getNumber() + " " + kind + " " + p.getHolderName() + " "
                + validFrom + ".." + validTo + permit, company);
        return p;
    }

    /** The pass came back (the deposit, if taken, is paid back at the cashier's desk). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SECURITY_MANAGER})
    public Pass giveBack(long id, Integer version) {
        Pass p = find(id);
        p.checkVersion(version);
        p.giveBack(caller.username(), OffsetDateTime.now(clock));
        log.record("PASS_RETURN", "unit", p.getUnitId(), p.getNumber(), p.getCompanyId());
        return p;
    }

    @RolesAllowed(Roles.STAFF)
    public Pass find(long id) {
        return passes.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("pass", id));
    }

    /** How many passes of a unit are still out (the relocation check of R3.7). */
    @RolesAllowed(Roles.STAFF)
    public long outstanding(long unitId) {
        return passes.outstanding(unitId);
    }

    /**
     * Passes by estate, kind and state; {@code endingWithinDays} (0 or more) lists the issued ones overdue or
     * ending within that many days, soonest first.
     */
    @RolesAllowed(Roles.STAFF)
    public Page<Pass> passes(Long estateId, Pass.Kind kind, Pass.State state, Integer endingWithinDays,
            PageRequest page) {
        if (endingWithinDays != null && (endingWithinDays < 0 || endingWithinDays > 366)) {
            throw new RuleViolationException("error.pass.endingWithin", "endingWithinDays");
        }
        LocalDate endingBy = endingWithinDays == null ? null : LocalDate.now(clock.withZone(zones.zone())).plusDays(endingWithinDays);
        return passes.page(estateId, kind, state, endingBy, caller.scope(), page);
    }

    /**
     * A copy archived with a pass (R3.6: a hot-work permit's welder certificate and identity document), at most
     * 5 MB.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.SECURITY_MANAGER})
    public PassAttachment.Info attach(long id, PassAttachment.Kind kind, String fileName, String contentType,
            byte[] content) {
        Pass p = find(id);
        PassAttachment a = new PassAttachment(p, kind, fileName, contentType, content, caller.username(),
                OffsetDateTime.now(clock));
        passes.store(a);
        log.record("PASS_ATTACH", "unit", p.getUnitId(), p.getNumber() + " " + kind + " " + a.getFile().getFileName()
                + " " + a.getFile().getSize() + " B", p.getCompanyId());
        return a.info();
    }

    @RolesAllowed(Roles.STAFF)
    public List<PassAttachment.Info> attachments(long id) {
        return passes.attachments(find(id).getId());
    }

    @RolesAllowed(Roles.STAFF)
    public PassAttachment attachment(long id, long attachmentId) {
        return passes.attachment(find(id).getId(), attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }
}
