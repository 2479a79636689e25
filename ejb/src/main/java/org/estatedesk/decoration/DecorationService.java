package org.estatedesk.decoration;

import org.estatedesk.organisation.WorkingDays;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.billing.DepositService;
import org.estatedesk.billing.ChargeService;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.Deposit;
import org.estatedesk.billing.PaymentMethod;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.Ownership;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Validation;

/**
 * Decoration permits (R3.1, R3.2): the front desk records the owner's application, which starts its approvals
 * (form type {@code DECORATION}); a rejected plan is changed and resubmitted, which starts them again; an approved
 * one becomes a permit once the owner confirmed the pressure test and the fees are paid and the deposit taken.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.STAFF})
public class DecorationService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    DecorationRepository applications;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

    @EJB
    ApprovalService approvals;

    @EJB
    ParameterService parameters;

    @EJB
    ChargeService charges;

    @EJB
    DepositService deposits;

    @Inject
    OwnerRepository owners;

    @Inject
    OrgUnitRepository organisation;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private OffsetDateTime due(long companyId, OffsetDateTime from) {
        int days = parameters.integer(companyId, ParameterKey.DECORATION_DECISION_WORKING_DAYS);
        // the calendar far enough ahead for the longest run of days off (Spring Festival and its weekends)
        return WorkingDays.after(from, days, parameters.calendar(companyId,
                from.atZoneSameInstant(zones.zone()).toLocalDate(), days * 2 + 21));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public DecorationApplication apply(long unitId, String contractorName, String plan,
            Collection<Alteration> alterations, LocalDate startDate, LocalDate endDate) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        OffsetDateTime now = now();
        DecorationApplication a = new DecorationApplication(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                unit.getCode(), contractorName, plan, alterations, startDate, endDate, caller.username(), now,
                due(unit.getCompanyId(), now));
        applications.store(validation.check(a));
        applications.store(a.submitted());
        approvals.start(DecorationApplication.FORM_TYPE, a.getId(), a.getRound(), a.getCompanyId(), a.getEstateId(),
                a.approvalPlan(), a.getDecisionDueAt());
        log.record("DECORATION_APPLY", "decoration_application", a.getId(), unit.getCode() + " "
                + a.getContractorName(), a.getCompanyId());
        return a;
    }

    /** A changed plan after a rejection: the next round of approvals, due anew. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public DecorationApplication resubmit(long id, String contractorName, String plan,
            Collection<Alteration> alterations, LocalDate startDate, LocalDate endDate, String comment,
            Integer version) {
        DecorationApplication a = application(id);
        a.checkVersion(version);
        OffsetDateTime now = now();
        DecorationEvent e = a.resubmit(contractorName, plan, alterations, startDate, endDate, caller.username(), now,
                due(a.getCompanyId(), now), comment);
        validation.check(a);
        applications.store(e);
        approvals.start(DecorationApplication.FORM_TYPE, a.getId(), a.getRound(), a.getCompanyId(), a.getEstateId(),
                a.approvalPlan(), a.getDecisionDueAt());
        log.record("DECORATION_RESUBMIT", "decoration_application", id, "round " + a.getRound(), a.getCompanyId());
        return a;
    }

    /**
     * The fees of the permit: after the approvals and the owner's pressure test, its management fee becomes a one-off
     * charge of the unit and its deposit a refundable deposit due (R4.1), both paid at the cashier's desk before the
     * permit is issued ({@link #issuePermit}).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public DecorationApplication chargeFees(long id, boolean pressureTestConfirmed, BigDecimal managementFee,
            BigDecimal deposit, Integer version) {
        DecorationApplication a = application(id);
        a.checkVersion(version);
        applications.store(a.chargeFees(pressureTestConfirmed, managementFee, deposit, caller.username(), now()));
        String ref = ref(a);
        if (a.getManagementFee().signum() > 0) {
            charges.charge(a.getUnitId(), ref + ":FEE", "装修管理费（装修许可证 " + a.getPermitNumber() + "）",
                    List.of(new ChargeService.ChargeLine("DECORATION_FEE", a.getManagementFee())));
        }
        if (a.getDeposit().signum() > 0) {
            charges.requireDeposit(a.getUnitId(), Deposit.Kind.DECORATION, ref, "装修押金（装修许可证 "
                    + a.getPermitNumber() + "）", a.getDeposit());
        }
        log.record("DECORATION_FEES", "decoration_application", id, a.getPermitNumber() + " fee "
                + a.getManagementFee().toPlainString() + " deposit " + a.getDeposit().toPlainString(),
                a.getCompanyId());
        return a;
    }

    /**
     * The permit (R3.1): issued only once the management fee's bill is paid and the deposit taken at the cashier's
     * desk (409 naming what is missing).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public DecorationApplication issuePermit(long id, Integer version) {
        DecorationApplication a = application(id);
        a.checkVersion(version);
        String ref = ref(a);
        BigDecimal feeUnpaid = charges.openCharges(a.getUnitId(), ref + ":FEE").stream()
                .filter(b -> (ref + ":FEE").equals(b.getChargeKey())).map(Bill::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean depositHeld = charges.depositFor(a.getUnitId(), ref)
                .map(d -> d.getState() == Deposit.State.HELD).orElse(false);
        applications.store(a.issuePermit(feeUnpaid, depositHeld, caller.username(), now()));
        log.record("DECORATION_PERMIT", "decoration_application", id, a.getPermitNumber(), a.getCompanyId());
        return a;
    }

    /**
     * Engineering's completion inspection (R3.5): passed → ACCEPTED, any damage to common parts charged to the unit
     * once (a one-off charge kept from the deposit at its settlement); failed → rectify and inspect again.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR})
    public DecorationApplication inspectCompletion(long id, boolean passed, BigDecimal damages, String remarks,
            Integer version) {
        DecorationApplication a = application(id);
        a.checkVersion(version);
        applications.store(a.inspectCompletion(passed, damages, remarks, caller.username(), now()));
        if (passed && a.getDamages().signum() > 0) {
            charges.charge(a.getUnitId(), ref(a) + ":DAMAGE", "装修损坏赔偿（装修许可证 " + a.getPermitNumber() + "）："
                    + remarks.trim(), List.of(new ChargeService.ChargeLine("DAMAGE", a.getDamages())));
        }
        log.record(passed ? "DECORATION_ACCEPT" : "DECORATION_ACCEPTANCE_FAILED", "decoration_application", id,
                passed ? "damages " + a.getDamages().toPlainString() : remarks, a.getCompanyId());
        return a;
    }

    /**
     * Settles the deposit of an accepted decoration (R3.5): the form's open charges (fines, damages, an unpaid fee)
     * are kept from it and the rest is paid back by {@code method}; the application is CLOSED. Without a deposit
     * it is just closed. Returns the settlement (null without a deposit).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public DepositService.Settlement settleDeposit(long id, PaymentMethod method, Integer version) {
        DecorationApplication a = application(id);
        a.checkVersion(version);
        a.getState().after(DecorationAction.SETTLE_DEPOSIT); // ACCEPTED only, else 409 before any money moves
        DepositService.Settlement settlement = null;
        String summary = null;
        var deposit = charges.depositFor(a.getUnitId(), ref(a));
        if (deposit.isPresent()) {
            List<Long> kept = charges.openCharges(a.getUnitId(), ref(a) + ":").stream().map(b -> b.getId())
                    .toList();
            settlement = deposits.settleDeposit(deposit.get().getId(), kept, method, null, null);
            summary = "押金 " + settlement.deposit().getAmount().toPlainString() + "，扣 "
                    + settlement.deposit().getDeducted().toPlainString() + "，退 "
                    + settlement.deposit().getRefunded().toPlainString();
        }
        applications.store(a.depositSettled(summary, caller.username(), now()));
        log.record("DECORATION_DEPOSIT_SETTLED", "decoration_application", id, summary, a.getCompanyId());
        return settlement;
    }

    private static String ref(DecorationApplication a) {
        return DecorationApplication.FORM_TYPE + ":" + a.getId();
    }

    /** An uploaded document of the application (identity documents, drawings …), at most 5 MB. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public AttachmentInfo attach(long id, AttachmentKind kind, String fileName, String contentType, byte[] content) {
        DecorationApplication a = application(id);
        DecorationAttachment doc = new DecorationAttachment(a, kind, fileName, contentType, content,
                caller.username(), now());
        applications.store(doc);
        log.record("DECORATION_ATTACH", "decoration_application", id, doc.getKind() + " " + doc.getFileName() + " "
                + doc.getSize() + " B", a.getCompanyId());
        return doc.info();
    }

    @RolesAllowed(Roles.STAFF)
    public List<AttachmentInfo> attachments(long id) {
        return applications.attachments(application(id).getId());
    }

    @RolesAllowed(Roles.STAFF)
    public DecorationAttachment attachment(long id, long attachmentId) {
        return applications.attachment(application(id).getId(), attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    @RolesAllowed(Roles.STAFF)
    public DecorationApplication application(long id) {
        return applications.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("decoration", id));
    }

    @RolesAllowed(Roles.STAFF)
    public DecorationDetail detail(long id) {
        DecorationApplication a = application(id);
        return new DecorationDetail(a, estates.byId(a.getEstateId()).orElseThrow().getName(),
                a.getUnitCode(), applications.history(id), approvals.history(DecorationApplication.FORM_TYPE, id),
                applications.attachments(id));
    }

    /** The permit to print (R3.1): only once it was issued (409 before). */
    @RolesAllowed(Roles.STAFF)
    public DecorationPermit permit(long id) {
        DecorationPermit p = document(id);
        if (p.application().getPermitIssuedAt() == null) {
            throw new ConflictException("error.decoration.noPermit", p.application().getState());
        }
        return p;
    }

    /**
     * What the decoration agreement prints (R3.1): the same parties, unit and works as the permit, from the
     * application on (fee and deposit once the permit fixed them).
     */
    @RolesAllowed(Roles.STAFF)
    public DecorationPermit agreement(long id) {
        return document(id);
    }

    private DecorationPermit document(long id) {
        DecorationDetail d = detail(id);
        DecorationApplication a = d.application();
        List<DecorationPermit.Approval> approved = d.approvals().stream()
                .filter(c -> c.getRound() == a.getRound()).flatMap(c -> c.getSteps().stream())
                .filter(s -> s.getDecidedBy() != null)
                .map(s -> new DecorationPermit.Approval(s.getCode(), s.getDecidedBy(), s.getDecidedAt(),
                        s.getComment())).toList();
        String owner = owners.currentOwnership(a.getUnitId()).map(Ownership::getOwnerId)
                .flatMap(o -> owners.find(o, caller.scope())).map(Owner::getName).orElse(null);
        return new DecorationPermit(a, organisation.find(a.getCompanyId()).map(OrgUnit::getName).orElse(""),
                d.estateName(), owner, approved);
    }

    @RolesAllowed(Roles.STAFF)
    public Page<DecorationApplication> applications(DecorationState state, Long estateId, Long unitId,
            boolean overdue, PageRequest page) {
        return applications.page(state, estateId, unitId, overdue, now(), caller.scope(), page);
    }
}
