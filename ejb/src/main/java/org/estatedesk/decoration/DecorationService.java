package org.estatedesk.decoration;

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
import org.estatedesk.audit.OperationLog;
import org.estatedesk.billing.ChargeService;
import org.estatedesk.billing.Deposit;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.security.Roles;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Validation;

/**
 * Decoration permits (R3.1, R3.2): the front desk records the owner's application, which starts its approvals
 * (form type {@code DECORATION}); a rejected plan is changed and resubmitted, which starts them again; an approved
 * one becomes a permit once the owner confirmed the pressure test and the fees are charged.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.STAFF})
public class DecorationService {
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

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.systemUTC());
    }

    private OffsetDateTime due(long companyId, OffsetDateTime from) {
        return WorkingDays.after(from, parameters.integer(companyId, ParameterKey.DECORATION_DECISION_WORKING_DAYS));
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
     * The permit: after the approvals and the owner's pressure test. Its management fee becomes a one-off charge of
     * the unit and its deposit a refundable deposit due (R4.1), both paid at the cashier's desk.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public DecorationApplication issuePermit(long id, boolean pressureTestConfirmed, BigDecimal managementFee,
            BigDecimal deposit, Integer version) {
        DecorationApplication a = application(id);
        a.checkVersion(version);
        applications.store(a.issuePermit(pressureTestConfirmed, managementFee, deposit, caller.username(), now()));
        String ref = DecorationApplication.FORM_TYPE + ":" + a.getId();
        if (a.getManagementFee().signum() > 0) {
            charges.charge(a.getUnitId(), ref + ":FEE", "装修管理费（装修许可证 " + a.getPermitNumber() + "）",
                    List.of(new ChargeService.ChargeLine("DECORATION_FEE", a.getManagementFee())));
        }
        if (a.getDeposit().signum() > 0) {
            charges.requireDeposit(a.getUnitId(), Deposit.Kind.DECORATION, ref, "装修押金（装修许可证 "
                    + a.getPermitNumber() + "）", a.getDeposit());
        }
        log.record("DECORATION_PERMIT", "decoration_application", id, a.getPermitNumber(), a.getCompanyId());
        return a;
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

    @RolesAllowed(Roles.STAFF)
    public Page<DecorationApplication> applications(DecorationState state, Long estateId, Long unitId,
            boolean overdue, PageRequest page) {
        return applications.page(state, estateId, unitId, overdue, now(), caller.scope(), page);
    }
}
