package org.estatedesk.decoration;

import java.time.Clock;
import org.estatedesk.organisation.WorkingDays;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.ChargeService;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.servicedesk.ReceptionService;
import org.estatedesk.servicedesk.StandardLibrary;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.statistics.StatisticsRepository;

/**
 * Decoration patrols (R3.3) and violations (R3.4): a CS assistant's patrol of a unit under decoration records the
 * checklist and opens a violation for every failed item that is one; a violation is reported, gets a rectification
 * notice with a deadline, may be fined (a one-off charge of the unit, kept from the decoration deposit), may have the
 * unit's service stopped after the deadline with a CS manager's approval (form type {@code DECORATION_STOP}, an
 * engineering task), and is closed once put right and the fine paid — a stopped service is then restored by an
 * engineering task.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.STAFF})
public class ViolationService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The KPI's threshold: violations per mille of the units under decoration (R3.4, R6.2). */
    public static final BigDecimal THRESHOLD_PERMILLE = new BigDecimal("3");

    /** Who patrols and handles violations: the CS assistants, their supervisors and managers. */
    private static final String[] CS = {Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT};

    @Inject
    ViolationRepository violations;

    @Inject
    DecorationRepository applications;

    @Inject
    UnitRepository units;

    @Inject
    StatisticsRepository statistics;

    @Inject
    org.estatedesk.estates.EstateRepository estates;

    @Inject
    org.estatedesk.organisation.OrgUnitRepository organisation;

    @Inject
    org.estatedesk.owners.OwnerRepository owners;

    @EJB
    ChargeService charges;

    @EJB
    ApprovalService approvals;

    @EJB
    ReceptionService receptions;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    public record PatrolResult(DecorationPatrol patrol, List<DecorationViolation> violations) {
    }

    /** What the printed rectification notice shows (R3.4). */
    public record Notice(DecorationViolation violation, String companyName, String estateName, String ownerName) {
    }

    public record Rate(long estateId, long violations, long unitsDecorating, BigDecimal permille, boolean above) {
    }

    /**
     * A patrol of a decoration under way (R3.3): the failed checklist items and remarks; every failed item that is
     * a violation opens one (FOUND, stopped on site).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public PatrolResult patrol(long applicationId, Collection<PatrolItem> failed, String remarks) {
        DecorationApplication a = applications.find(applicationId, caller.scope())
                .orElseThrow(() -> new NotFoundException("decoration", applicationId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        DecorationPatrol p = new DecorationPatrol(a, failed, remarks, caller.username(), now);
        violations.store(p);
        List<DecorationViolation> found = new ArrayList<>();
        for (PatrolItem item : p.getViolations()) {
            DecorationViolation v = new DecorationViolation(a.getCompanyId(), a.getEstateId(), a.getUnitId(),
                    a.getUnitCode(), a.getId(), p.getId(), item, null, true, caller.username(), now);
            violations.store(v);
            found.add(v);
        }
        log.record("DECORATION_PATROL", "decoration_application", applicationId, p.getFailed().isEmpty() ? "passed"
                : "failed " + p.getFailed(), a.getCompanyId());
        return new PatrolResult(p, found);
    }

    /**
     * A violation found otherwise (私搭滥建, a report from a neighbour): at a unit, of its decoration if it has one
     * ({@code applicationId}), of a checklist item or described.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public DecorationViolation record(long unitId, Long applicationId, PatrolItem item, String description,
            boolean stoppedOnSite) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (applicationId != null && applications.find(applicationId, caller.scope())
                .filter(x -> x.getUnitId().equals(unitId)).isEmpty()) {
            throw new NotFoundException("decoration", applicationId);
        }
        DecorationViolation v = new DecorationViolation(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                unit.getCode(), applicationId, null, item, description, stoppedOnSite, caller.username(),
                OffsetDateTime.now(clock));
        violations.store(v);
        log.record("VIOLATION_FOUND", "decoration_violation", v.getId(), v.getUnitCode() + " " + v.getDescription(),
                v.getCompanyId());
        return v;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public DecorationViolation report(long id, String comment, Integer version) {
        DecorationViolation v = checked(id, version);
        v.report(comment, caller.username(), OffsetDateTime.now(clock));
        log.record("VIOLATION_REPORTED", "decoration_violation", id, comment, v.getCompanyId());
        return v;
    }

    /** The written rectification notice with its deadline (整改通知书, printable). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public DecorationViolation issueNotice(long id, LocalDate rectifyBy, String requirement, Integer version) {
        DecorationViolation v = checked(id, version);
        v.issueNotice(rectifyBy, requirement, today(), caller.username(), OffsetDateTime.now(clock));
        log.record("VIOLATION_NOTICE", "decoration_violation", id, v.getNoticeNumber() + " by " + rectifyBy,
                v.getCompanyId());
        return v;
    }

    /** A fine (罚款): charged to the unit at once as a one-off charge FINE, paid at the cashier's desk. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR})
    public DecorationViolation fine(long id, BigDecimal amount, Integer version) {
        DecorationViolation v = checked(id, version);
        BigDecimal fine = v.fine(amount, caller.username(), OffsetDateTime.now(clock));
        Bill bill = charges.charge(v.getUnitId(), v.fineKey(), "违规装修罚款（" + (v.getNoticeNumber() == null
                ? "违规 " + v.getId() : v.getNoticeNumber()) + "）：" + v.getDescription(),
                List.of(new ChargeService.ChargeLine("FINE", fine)));
        v.fineCharged(bill.getId());
        log.record("VIOLATION_FINED", "decoration_violation", id, fine.toPlainString(), v.getCompanyId());
        return v;
    }

    /**
     * The owner refused to put it right (拒不整改) — by letting the deadline pass, or outright ({@code refusal}): a
     * stop-service request to a CS manager.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public DecorationViolation requestStop(long id, String refusal, Integer version) {
        DecorationViolation v = checked(id, version);
        v.requestStop(refusal, today(), caller.username(), OffsetDateTime.now(clock));
        approvals.start(DecorationViolation.STOP_FORM_TYPE, v.getId(), 1, v.getCompanyId(), v.getEstateId(),
                List.of(new StepPlan("CS_MANAGER", Roles.CS_MANAGER)), null);
        log.record("VIOLATION_STOP_REQUEST", "decoration_violation", id, v.getUnitCode(), v.getCompanyId());
        return v;
    }

    /**
     * Put right (checked on site): RECTIFIED, a waiting stop request withdrawn; closed at once when no fine is open.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public DecorationViolation rectified(long id, String remarks, Integer version) {
        DecorationViolation v = checked(id, version);
        if (v.rectified(remarks, caller.username(), OffsetDateTime.now(clock))) {
            approvals.withdraw(DecorationViolation.STOP_FORM_TYPE, id);
        }
        log.record("VIOLATION_RECTIFIED", "decoration_violation", id, remarks, v.getCompanyId());
        if (finePaid(v)) {
            close(v);
        }
        return v;
    }

    /** Closes a rectified violation once its fine is paid (409 while it is not); restores a stopped service. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public DecorationViolation close(long id, Integer version) {
        DecorationViolation v = checked(id, version);
        close(v);
        return v;
    }

    private void close(DecorationViolation v) {
        if (v.close(finePaid(v), caller.username(), OffsetDateTime.now(clock))) {
            String number = receptions.handover(v.getUnitId(), StandardLibrary.DECORATION_RESTORE,
                    "违规装修已整改、罚款已缴，恢复服务（" + v.getUnitCode() + "，违规 " + v.getId() + "） / Violation put right"
                            + " and fine paid: restore service").map(Task::getNumber).orElse(null);
            v.restoreTask(number);
        }
        log.record("VIOLATION_CLOSED", "decoration_violation", v.getId(), v.getRestoreTaskNumber(),
                v.getCompanyId());
    }

    /** Whether the violation's fine, if any, is paid. */
    boolean finePaid(DecorationViolation v) {
        if (v.getFineAmount() == null) {
            return true;
        }
        String key = v.fineKey();
        return charges.openCharges(v.getUnitId(), key).stream().noneMatch(b -> key.equals(b.getChargeKey()));
    }

    @RolesAllowed(Roles.STAFF)
    public DecorationViolation find(long id) {
        return violations.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("violation", id));
    }

    /** The rectification notice to print: only once it was issued (409 before). */
    @RolesAllowed(Roles.STAFF)
    public Notice notice(long id) {
        DecorationViolation v = find(id);
        if (v.getNoticeNumber() == null) {
            throw new org.estatedesk.shared.ConflictException("error.violation.noNotice", v.getState());
        }
        String owner = owners.currentOwnership(v.getUnitId()).map(o -> o.getOwnerId())
                .flatMap(o -> owners.find(o, caller.scope())).map(o -> o.getName()).orElse(null);
        return new Notice(v, organisation.find(v.getCompanyId()).map(o -> o.getName()).orElse(""),
                estates.byId(v.getEstateId()).map(e -> e.getName()).orElse(""), owner);
    }

    @RolesAllowed(Roles.STAFF)
    public boolean isFinePaid(long id) {
        return finePaid(find(id));
    }

    @RolesAllowed(Roles.STAFF)
    public Page<DecorationViolation> violations(Long estateId, Long unitId, Long applicationId,
            DecorationViolation.State state, boolean open, boolean overdue, PageRequest page) {
        return violations.page(estateId, unitId, applicationId, state, open, overdue ? today() : null,
                caller.scope(), page);
    }

    @RolesAllowed(Roles.STAFF)
    public List<DecorationPatrol> patrols(long applicationId) {
        DecorationApplication a = applications.find(applicationId, caller.scope())
                .orElseThrow(() -> new NotFoundException("decoration", applicationId));
        return violations.patrols(a.getId());
    }

    /**
     * The violation rate of a month per estate (R3.4: violations found per mille of the units under decoration, goal
     * ≤ 3 ‰) for the given visible estates — the same figures the monthly statistics keep.
     */
    @RolesAllowed(Roles.STAFF)
    public List<Rate> rates(Collection<Long> estateIds, YearMonth month) {
        if (estateIds.isEmpty()) {
            return List.of();
        }
        OffsetDateTime from = month.atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zones.zone()).toOffsetDateTime();
        Map<Long, long[]> figures = statistics.decorationViolations(estateIds, from, to);
        List<Rate> rates = new ArrayList<>();
        for (Long estate : estateIds) {
            long[] f = figures.getOrDefault(estate, new long[2]);
            BigDecimal permille = org.estatedesk.statistics.Rates.permille(f[0], f[1]);
            rates.add(new Rate(estate, f[0], f[1], permille, permille != null
                    && permille.compareTo(THRESHOLD_PERMILLE) > 0));
        }
        return rates;
    }

    private DecorationViolation checked(long id, Integer version) {
        DecorationViolation v = find(id);
        v.checkVersion(version);
        return v;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }
}
