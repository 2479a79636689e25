package org.estatedesk.billing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.servicedesk.ReceptionService;
import org.estatedesk.servicedesk.StandardLibrary;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Dunning (催缴, R4.6): finance issues the dunning list from the arrears, CS assistants and finance record the
 * reminders, notices, calls and visits, post the written stop-service notice and ask for stop-service after its
 * three days ({@link StopServiceRequests}); a CS manager (never the one who asked) approves or rejects; an objection with a valid reason blocks
 * stop-service until a manager resolves it. Payment in full (taken at the cashier) settles the case in the payment's
 * transaction and, if service was stopped, hands a restore task to engineering.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE, Roles.AUDITOR,
    Roles.STAFF})
public class DunningService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    DunningRepository dunning;

    @Inject
    BillRepository billRepository;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

    @EJB
    ReceptionService receptions;

    @EJB
    ParameterService parameters;

    @EJB
    ApprovalService approvals;

    @EJB
    ContractService contracts;

    @Inject
    ContractRepository contractRepository;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Resource
    SessionContext context;

    /** A case with its unit and steps, as the case page shows it. */
    /** A case as its dialog shows it; {@code rent}: the unit has an active rent contract (the repossession path). */
    public record CaseDetail(DunningCase dunningCase, Unit unit, DunningRepository.Arrears arrears,
            List<DunningStep> steps, DunningCase.NextStep nextStep, boolean rent) {
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE,
        Roles.AUDITOR})
    public Page<DunningRepository.Arrears> arrears(Long estateId, int minDaysOverdue, PageRequest page) {
        visible(estateId);
        return dunning.arrears(estateId, dueBefore(minDaysOverdue), caller.scope(), page);
    }

    /**
     * Issues the dunning list (财务下发催费单): opens a case for each unit in arrears of the estate (or each unit
     * given) that has none active. Returns the cases opened.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public List<DunningCase> issue(Long estateId, Collection<Long> unitIds, int minDaysOverdue) {
        if (estateId == null && (unitIds == null || unitIds.isEmpty())) {
            throw new RuleViolationException("error.required", "estateId");
        }
        visible(estateId);
        LocalDate before = dueBefore(minDaysOverdue);
        List<DunningRepository.Arrears> rows = new ArrayList<>();
        if (unitIds != null && !unitIds.isEmpty()) {
            rows.addAll(dunning.arrearsOf(unitIds, before, caller.scope()));
        } else {
            PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE);
            Page<DunningRepository.Arrears> p;
            do {
                p = dunning.arrears(estateId, before, caller.scope(), page);
                rows.addAll(p.items());
                page = new PageRequest(page.page() + 1, page.size());
            } while (!p.items().isEmpty() && rows.size() < p.total());
        }
        OffsetDateTime now = now();
        List<DunningCase> opened = new ArrayList<>();
        for (DunningRepository.Arrears a : rows) {
            if (a.caseId() != null || (estateId != null && a.estateId() != estateId)) {
                continue;
            }
            Unit unit = units.find(a.unitId(), caller.scope()).orElseThrow();
            DunningCase c = new DunningCase(unit.getCompanyId(), a.estateId(), a.unitId(),
                    a.overdue().add(a.lateFees()), a.oldestDueOn(), caller.username(), now);
            dunning.store(c);
            opened.add(c);
        }
        if (!opened.isEmpty()) {
            log.record("DUNNING_ISSUE", "estate", estateId == null ? opened.get(0).getEstateId() : estateId,
                    opened.size() + " cases, overdue > " + minDaysOverdue + " days", opened.get(0).getCompanyId());
        }
        return opened;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE,
        Roles.AUDITOR})
    public Page<CaseRow> cases(DunningCase.State state, Long estateId, boolean activeOnly, PageRequest page) {
        visible(estateId);
        Page<DunningCase> cases = dunning.cases(state, estateId, activeOnly, caller.scope(), page);
        Map<Long, Set<DunningStep.Kind>> kinds = dunning.stepKinds(cases.items().stream().map(DunningCase::getId)
                .toList());
        Map<Long, int[]> days = new HashMap<>();
        LocalDate today = today();
        return new Page<>(cases.items().stream().map(c -> new CaseRow(c, next(c, kinds.getOrDefault(c.getId(),
                Set.of()), days), today)).toList(), cases.total());
    }

    /** A case with the procedure's next step (null when none) and the company's day it was read on, as the case list shows it. */
    public record CaseRow(DunningCase dunningCase, DunningCase.NextStep nextStep, LocalDate today) {
        public boolean isDue() {
            return nextStep != null && nextStep.isDue(today);
        }
    }

    /** The next step by the company's dunning.*.days parameters (read once per company and call). */
    private DunningCase.NextStep next(DunningCase c, Set<DunningStep.Kind> done, Map<Long, int[]> days) {
        int[] d = days.computeIfAbsent(c.getCompanyId(), company -> {
            Map<ParameterKey, String> p = parameters.values(company);
            return new int[] {Integer.parseInt(p.get(ParameterKey.DUNNING_REMINDER_DAYS)),
                Integer.parseInt(p.get(ParameterKey.DUNNING_NOTICE_DAYS)),
                Integer.parseInt(p.get(ParameterKey.DUNNING_CALL_DAYS)),
                Integer.parseInt(p.get(ParameterKey.DUNNING_VISIT_DAYS))};
        });
        return c.nextStep(done.isEmpty() ? java.util.EnumSet.noneOf(DunningStep.Kind.class)
                : java.util.EnumSet.copyOf(done), d[0], d[1], d[2], d[3]).orElse(null);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE,
        Roles.AUDITOR})
    public CaseDetail detail(long id) {
        DunningCase c = find(id);
        Unit unit = units.find(c.getUnitId(), caller.scope()).orElseThrow();
        List<DunningRepository.Arrears> now = dunning.arrearsOf(List.of(c.getUnitId()), today(), caller.scope());
        List<DunningStep> steps = dunning.steps(id);
        Set<DunningStep.Kind> done = java.util.EnumSet.noneOf(DunningStep.Kind.class);
        steps.forEach(s -> done.add(s.getKind()));
        return new CaseDetail(c, unit, now.isEmpty() ? null : now.get(0), steps, next(c, done, new HashMap<>()),
                !contractRepository.active(c.getUnitId(), ContractKind.RENT).isEmpty());
    }

    /**
     * Records a step done by hand (reminder, notice, call, visit, the posted stop-service notice, an objection, the
     * repossession notice for rent in arrears) in the procedure's order, unless a manager overrides it
     * ({@code override}; logged as DUNNING_OVERRIDE); resolving an objection and repossessing are a manager's. A
     * repossession ends the unit's active rent contracts on its day (R4.6 "Rent: repossession notice →
     * repossession").
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE})
    public DunningCase record(long id, DunningStep.Kind kind, LocalDate doneOn, String outcome, boolean override,
            Integer version) {
        DunningCase c = find(id);
        c.checkVersion(version);
        boolean manager = context.isCallerInRole(Roles.CS_MANAGER) || context.isCallerInRole(Roles.ADMIN);
        if ((kind == DunningStep.Kind.RESOLVED || kind == DunningStep.Kind.REPOSSESSION || override) && !manager) {
            throw new AccessDeniedException("error.dunning.managerOnly");
        }
        Set<DunningStep.Kind> done = java.util.EnumSet.noneOf(DunningStep.Kind.class);
        dunning.steps(id).forEach(s -> done.add(s.getKind()));
        List<Contract> rent = contractRepository.active(c.getUnitId(), ContractKind.RENT);
        int postingDays = Integer.parseInt(parameters.values(c.getCompanyId())
                .get(ParameterKey.DUNNING_STOP_NOTICE_DAYS));
        boolean requested = c.getState() == DunningCase.State.STOP_REQUESTED;
        DunningStep step = c.record(kind, doneOn, caller.username(), outcome, manager, !rent.isEmpty(), postingDays,
                done, override, today(), now());
        if (requested && c.getState() != DunningCase.State.STOP_REQUESTED) {
            approvals.withdraw(StopServiceApprovalForm.FORM_TYPE, id);
        }
        if (kind == DunningStep.Kind.REPOSSESSION) {
            for (Contract contract : rent) {
                LocalDate end = contract.getEndDate().isBefore(step.getDoneOn()) ? contract.getEndDate()
                        : step.getDoneOn();
                contracts.terminate(contract.getId(), end, "欠租收房（催缴案件 " + id + "）", contract.getVersion());
            }
        }
        dunning.store(step);
        log.record("DUNNING_" + kind, "unit", c.getUnitId(), "case " + id + (step.getOutcome() == null ? ""
                : ": " + step.getOutcome()), c.getCompanyId());
        if (step.getOverrideSkipped() != null) {
            log.record("DUNNING_OVERRIDE", "unit", c.getUnitId(), "case " + id + ": " + kind + " before "
                    + step.getOverrideSkipped() + " by " + caller.username(), c.getCompanyId());
        }
        return c;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public DunningCase close(long id, String reason, Integer version) {
        DunningCase c = find(id);
        c.checkVersion(version);
        dunning.store(c.close(caller.username(), reason, today(), now()));
        log.record("DUNNING_CLOSE", "unit", c.getUnitId(), "case " + id + ": " + reason.trim(), c.getCompanyId());
        return c;
    }

    /**
     * Called by the cashier in the payment's transaction: when the unit owes nothing overdue any more (principal
     * and late fees), its active case is settled, and a unit whose service was stopped gets a restore task to
     * engineering (恢复服务).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public void paymentTaken(long unitId, String receiptNumber) {
        DunningCase c = dunning.active(unitId).orElse(null);
        if (c == null) {
            return;
        }
        BillRepository.Balance balance = billRepository.balance(unitId, today());
        if (balance.overdue().signum() > 0 || balance.lateFees().signum() > 0) {
            return;
        }
        if (c.getState() == DunningCase.State.STOP_REQUESTED) {
            approvals.withdraw(StopServiceApprovalForm.FORM_TYPE, c.getId());
        }
        boolean restore = c.settle();
        OffsetDateTime now = now();
        dunning.store(c.paid(caller.username(), receiptNumber, today(), now));
        if (restore) {
            Optional<Task> task = receptions.handover(unitId, StandardLibrary.SERVICE_RESTORE,
                    "欠费已缴清，请恢复服务（催缴案 " + c.getId() + "，收据 " + receiptNumber
                            + "） / Arrears paid: restore service (dunning case " + c.getId() + ")");
            dunning.store(task.map(t -> c.restored(t.getId(), t.getNumber(), caller.username(), today(), now))
                    .orElseGet(() -> c.restoreByHand(caller.username(), today(), now)));
        }
        log.record("DUNNING_SETTLED", "unit", unitId, "case " + c.getId() + " " + receiptNumber
                + (restore ? " restore" : ""), c.getCompanyId());
    }

    /** A filter by an estate the caller cannot see is a 404, as everywhere. */
    private void visible(Long estateId) {
        if (estateId != null && estates.find(estateId, caller.scope()).isEmpty()) {
            throw new NotFoundException("estate", estateId);
        }
    }

    private DunningCase find(long id) {
        return dunning.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("dunningCase", id));
    }

    private LocalDate dueBefore(int minDaysOverdue) {
        if (minDaysOverdue < 0) {
            throw new RuleViolationException("error.dunning.minDays", "minDaysOverdue");
        }
        return today().minusDays(minDaysOverdue);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
