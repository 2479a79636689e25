package org.estatedesk.workbench;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.archives.ArchiveRepository;
import org.estatedesk.billing.ContractRepository;
import org.estatedesk.billing.ContractService;
import org.estatedesk.billing.DunningRepository;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.keys.KeyRepository;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.servicedesk.ReceptionRepository;
import org.estatedesk.servicedesk.ReceptionState;
import org.estatedesk.servicedesk.TaskFilter;
import org.estatedesk.servicedesk.TaskRepository;
import org.estatedesk.servicedesk.TaskState;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Outcome;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.VisibleEstates;
import org.estatedesk.worklog.WorkLogService;

/**
 * The counts of the workbench (R6.1), each within the caller's data scope and each from one small query (unit totals
 * are the estates' maintained counts). Later capabilities add theirs here: requests by state, overdue, bills due …
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STAFF, Roles.CS_ASSISTANT, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_MANAGER,
    Roles.FINANCE, Roles.SHOP_ADMIN, Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER,
    Roles.AUDITOR, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN})
public class WorkbenchService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The workbench's day starts in China, whatever the server's zone. */

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    EstateRepository estates;

    @Inject
    OwnerRepository owners;

    @Inject
    TaskRepository tasks;

    @Inject
    DunningRepository dunning;

    @Inject
    ReceptionRepository receptions;

    @Inject
    ContractRepository contracts;

    @Resource
    SessionContext context;

    @EJB
    ApprovalService approvals;

    @Inject
    KeyRepository keys;

    @Inject
    ArchiveRepository archives;

    @Inject
    org.estatedesk.decoration.ViolationRepository violations;

    @Inject
    org.estatedesk.decoration.DecorationRepository decorations;

    @Inject
    org.estatedesk.passes.PassRepository passes;

    @Inject
    org.estatedesk.hotwater.HotWaterRepository sealings;
    @EJB
    WorkLogService workLogs;

    @EJB
    org.estatedesk.servicedesk.TaskService taskService;

    /** At most this many lines in the to-do list. */
    public static final int TO_DO_LIMIT = 50;

    /**
     * What waits for the caller, as a to-do list (R6.1, issue 20): his open tasks, the tasks to assign of the
     * departments he supervises, the callbacks he owes, and the approval steps waiting for his roles — ordered by the
     * time each is due (a form's decision deadline), a form that has none by the time it has waited since (so a
     * request waiting since yesterday comes before a task due tomorrow); at most {@link #TO_DO_LIMIT}. Every source is bounded by the limit and read
     * in one statement (the tasks' sites in one more).
     */
    @RolesAllowed(Roles.STAFF)
    public List<ToDoItem> toDo() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ToDoItem> items = new ArrayList<>();
        for (org.estatedesk.servicedesk.TaskToDo t : taskService.toDo(TO_DO_LIMIT)) {
            var task = t.line().task();
            var site = t.line().site();
            String where = site.where();
            ToDoItem.Kind kind = switch (t.why()) {
                case MINE -> ToDoItem.Kind.TASK;
                case TO_ASSIGN -> ToDoItem.Kind.TASK_TO_ASSIGN;
                case CALLBACK -> ToDoItem.Kind.CALLBACK;
            };
            String subject = task.getNumber() + (site.estateName() == null ? "" : " · " + site.estateName())
                    + (where == null ? "" : " " + where);
            items.add(new ToDoItem(kind, task.getId(), "task.kind." + task.getKind(), subject, site.categoryZh(),
                    site.categoryEn(), site.description(), t.due(), task.getCreatedAt(),
                    t.due() != null && t.due().isBefore(now), "/servicedesk/task.xhtml?id=" + task.getId()));
        }
        for (org.estatedesk.approvals.InboxItem a : approvals.inbox(TO_DO_LIMIT)) {
            var chain = a.step().getChain();
            items.add(new ToDoItem(ToDoItem.Kind.APPROVAL, a.step().getId(), a.form().titleKey(), a.form().subject(),
                    null, null, null, chain.getDueAt(), a.step().getWaitingSince(), chain.isOverdue(now),
                    "/approvals/inbox.xhtml"));
        }
        return items.stream().sorted(java.util.Comparator.comparing(ToDoItem::orderedBy,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).limit(TO_DO_LIMIT).toList();
    }

    @RolesAllowed(Roles.STAFF)
    public List<WorkbenchCount> counts() {
        DataScope scope = caller.scope();
        List<WorkbenchCount> counts = new ArrayList<>();
        List<Estate> visible = estates.findVisible(scope);
        counts.add(new WorkbenchCount("workbench.estates", visible.size(), "/estates/estates.xhtml", false));
        counts.add(new WorkbenchCount("workbench.units", visible.stream().mapToLong(Estate::getUnitCount).sum(),
                "/estates/units.xhtml", false));
        counts.add(new WorkbenchCount("workbench.owners",
                owners.search(null, null, scope, new PageRequest(0, 1)).total(), "/owners/list.xhtml", false));
        long approvalsMine = approvals.countMine();
        counts.add(new WorkbenchCount("workbench.approvalsMine", approvalsMine, "/approvals/inbox.xhtml",
                approvalsMine > 0));
        serviceDesk(scope, caller.visible().estates(), counts);
        dunning(scope, counts);
        contracts(scope, counts);
        keysAndArchives(scope, counts);
        forms(scope, counts);
        workLog(counts);
        if (context.isCallerInRole(Roles.ADMIN)) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            long locked = countLocked(scope, now);
            counts.add(new WorkbenchCount("workbench.lockedUsers", locked, "/admin/users.xhtml", locked > 0));
            OffsetDateTime today = LocalDate.now(clock.withZone(zones.zone())).atStartOfDay(zones.zone()).toOffsetDateTime();
            long failures = scope.bind(em.createQuery("select count(l) from OperationLogEntry l where l.at >= :today"
                    + " and l.outcome = :failure and l.operation = 'LOGIN' and (l.companyId is null or "
                    + String.format(DataScope.COMPANY_VISIBLE, "l.companyId") + ")", Long.class))
                    .setParameter("today", today).setParameter("failure", Outcome.FAILURE).getSingleResult();
            counts.add(new WorkbenchCount("workbench.failedLogins", failures, "/audit/log.xhtml?outcome=FAILURE",
                    failures > 0));
        }
        return counts;
    }

    /** The service desk's counts (R6.1, C1): all vs mine, overdue, escalated, callbacks due. */
    private void serviceDesk(DataScope scope, VisibleEstates visible, List<WorkbenchCount> counts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String me = caller.username();
        String tasksPage = "/servicedesk/tasks.xhtml";
        long toSplit = receptions.page(ReceptionState.TO_SPLIT, null, null, scope, new PageRequest(0, 1)).total();
        counts.add(new WorkbenchCount("workbench.receptionsToSplit", toSplit, "/servicedesk/reception.xhtml",
                toSplit > 0));
        Map<TaskState, Long> all = tasks.countByState(TaskFilter.ALL, visible, now);
        long toAssign = all.getOrDefault(TaskState.TO_ASSIGN, 0L);
        counts.add(new WorkbenchCount("workbench.tasksToAssign", toAssign, tasksPage + "?state=TO_ASSIGN",
                toAssign > 0));
        long open = TaskState.OPEN.stream().mapToLong(s -> all.getOrDefault(s, 0L)).sum();
        counts.add(new WorkbenchCount("workbench.tasksOpen", open, tasksPage + "?open=true", false));
        long overdue = tasks.countByState(TaskFilter.ALL.withOverdue(true), visible, now).values().stream()
                .mapToLong(Long::longValue).sum();
        counts.add(new WorkbenchCount("workbench.tasksOverdue", overdue, tasksPage + "?overdue=true", overdue > 0));
        Map<TaskState, Long> escalated = tasks.countByState(TaskFilter.ALL.withEscalated(true).withOpenOnly(),
                visible, now);
        long escalatedOpen = TaskState.OPEN.stream().mapToLong(s -> escalated.getOrDefault(s, 0L)).sum();
        counts.add(new WorkbenchCount("workbench.tasksEscalated", escalatedOpen, tasksPage + "?escalated=true&open=true",
                escalatedOpen > 0));
        Map<TaskState, Long> mine = tasks.countByState(TaskFilter.ALL.withMine(me).withOpenOnly(), visible, now);
        counts.add(new WorkbenchCount("workbench.tasksMine",
                TaskState.OPEN.stream().mapToLong(s -> mine.getOrDefault(s, 0L)).sum(), tasksPage + "?mine=true&open=true",
                false));
        if (context.isCallerInRole(Roles.CS_ASSISTANT) || context.isCallerInRole(Roles.CS_SUPERVISOR)
                || context.isCallerInRole(Roles.FRONT_DESK)) {
            Map<TaskState, Long> customers = tasks.countByState(TaskFilter.ALL.withConsultant(me).withOpenOnly(),
                    visible, now);
            counts.add(new WorkbenchCount("workbench.tasksMyCustomers",
                    TaskState.OPEN.stream().mapToLong(s -> customers.getOrDefault(s, 0L)).sum(),
                    tasksPage + "?myCustomers=true&open=true", false));
        }
        long callbacksDue = tasks.countByState(new TaskFilter(TaskState.COMPLETED, null, null, null, null, null, null,
                true), visible, now).values().stream().mapToLong(Long::longValue).sum();
        counts.add(new WorkbenchCount("workbench.callbacksDue", callbacksDue,
                tasksPage + "?callbacks=true&due=true", callbacksDue > 0));
    }

    /** Dunning (R4.6): the active cases (stop-service requests wait in the approval inbox, counted above). */
    private void dunning(DataScope scope, List<WorkbenchCount> counts) {
        if (context.isCallerInRole(Roles.CS_MANAGER) || context.isCallerInRole(Roles.ADMIN)
                || context.isCallerInRole(Roles.FINANCE) || context.isCallerInRole(Roles.CS_ASSISTANT)) {
            counts.add(new WorkbenchCount("workbench.dunningActive", dunning.cases(null, null, true, scope,
                    new PageRequest(0, 1)).total(), "/billing/dunning.xhtml?cases=true", false));
        }
    }

    /**
     * Contracts (R4.1) active and ending within 30 days or already past their end, for finance, managers and shop
     * administrators; the figure opens the contracts page filtered the same way.
     */
    private void contracts(DataScope scope, List<WorkbenchCount> counts) {
        if (!context.isCallerInRole(Roles.CS_MANAGER) && !context.isCallerInRole(Roles.ADMIN)
                && !context.isCallerInRole(Roles.FINANCE) && !context.isCallerInRole(Roles.SHOP_ADMIN)) {
            return;
        }
        int days = ContractService.EXPIRING_DAYS;
        long expiring = contracts.countEnding(LocalDate.now(clock.withZone(zones.zone())).plusDays(days), scope);
        counts.add(new WorkbenchCount("workbench.contractsExpiring", expiring,
                "/billing/contracts.xhtml?expiring=" + days, expiring > 0));
    }

    /**
     * Keys (R5.1): loans out past their due time and categories without an emergency spare set, for the roles that
     * keep or read the register; archives (R5.2): files borrowed past their due time, for the roles that see them.
     */
    private void keysAndArchives(DataScope scope, List<WorkbenchCount> counts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (inAny(Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
                Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR)) {
            long overdue = keys.countOverdue(now, scope);
            counts.add(new WorkbenchCount("workbench.keysOverdue", overdue, "/keys/register.xhtml?overdue=true",
                    overdue > 0));
            long missing = keys.missingSpares(null, scope).size();
            counts.add(new WorkbenchCount("workbench.keysMissingSpare", missing, "/keys/register.xhtml?spares=true",
                    missing > 0));
        }
        if (inAny(Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
                Roles.AUDITOR, Roles.ENGINEERING_MANAGER)) {
            long overdue = archives.countOverdue(now, scope);
            counts.add(new WorkbenchCount("workbench.archivesOverdue", overdue, "/archives/files.xhtml?overdue=true",
                    overdue > 0));
        }
    }

    /**
     * The forms (C3): decoration decisions past their due time and violations whose rectification notice ran out
     * (CS staff), passes still out after their last day (the desks and security), hot-water sealings approved and
     * waiting for engineering's seal (engineering).
     */
    private void forms(DataScope scope, List<WorkbenchCount> counts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        PageRequest one = new PageRequest(0, 1);
        if (inAny(Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT)) {
            long late = decorations.page(null, null, null, true, now, scope, one).total();
            counts.add(new WorkbenchCount("workbench.decorationsOverdue", late,
                    "/decoration/applications.xhtml?overdue=true", late > 0));
            long open = violations.page(null, null, null, null, true, null, scope, one).total();
            counts.add(new WorkbenchCount("workbench.violationsOpen", open, "/decoration/violations.xhtml", false));
            long overdue = violations.page(null, null, null, null, false, today, scope, one).total();
            counts.add(new WorkbenchCount("workbench.violationsOverdue", overdue,
                    "/decoration/violations.xhtml?overdue=true", overdue > 0));
        }
        if (inAny(Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
                Roles.SECURITY_MANAGER)) {
            // passes still out after their last day: ending before today
            long out = passes.page(null, null, null, today.minusDays(1), scope, one).total();
            counts.add(new WorkbenchCount("workbench.passesOverdue", out, "/passes/passes.xhtml?endingSoon=true",
                    out > 0));
        }
        if (inAny(Roles.ADMIN, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN)) {
            long toSeal = sealings.page(org.estatedesk.hotwater.HotWaterSealing.State.APPROVED, null, scope, one)
                    .total();
            counts.add(new WorkbenchCount("workbench.sealingsToSeal", toSeal,
                    "/hotwater/sealings.xhtml?state=APPROVED", toSeal > 0));
        }
    }

    /** The work log (R6.4): the weeks of the supervisor's team written and not yet reviewed. */
    private void workLog(List<WorkbenchCount> counts) {
        if (inAny(Roles.ADMIN, Roles.CS_SUPERVISOR, Roles.CS_MANAGER, Roles.ENGINEERING_SUPERVISOR,
                Roles.ENGINEERING_MANAGER)) {
            long waiting = workLogs.waitingForReview();
            counts.add(new WorkbenchCount("workbench.worklogsToReview", waiting, "/worklog/reviews.xhtml",
                    waiting > 0));
        }
    }

    private boolean inAny(String... roles) {
        for (String r : roles) {
            if (context.isCallerInRole(r)) {
                return true;
            }
        }
        return false;
    }

    private long countLocked(DataScope scope, OffsetDateTime now) {
        var q = em.createQuery("select count(u) from AppUser u where u.lockedUntil > :now"
                + (scope.groupWide() ? "" : " and u.companyId = :company"), Long.class).setParameter("now", now);
        if (!scope.groupWide()) {
            q.setParameter("company", caller.companyId());
        }
        return q.getSingleResult();
    }
}
