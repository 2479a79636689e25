package org.estatedesk.servicedesk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.organisation.WorkingDays;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.UserRepository;
import org.estatedesk.shared.AccessDeniedException;
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
 * Working a task through its states (R1.4, R1.6): the department supervisor assigns a technician, the technician
 * discusses, plans and completes with a work order, the desk closes, voids or invalidates; the callback (R1.7) is
 * {@link CallbackService}'s.
 * Every transition is written to the task's history and the operation log.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.SECURITY_MANAGER,
    Roles.ENVIRONMENT_MANAGER, Roles.FINANCE, Roles.STAFF})
public class TaskService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    TaskRepository tasks;

    @Inject
    ReceptionRepository receptions;

    @Inject
    CategoryRepository library;

    @Inject
    UserRepository users;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    OrgUnitRepository organisation;

    @EJB
    ParameterService parameters;

    @EJB
    ServiceDeskNotifications notifications;

    @Inject
    Event<TaskCompleted> completions;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @Resource
    SessionContext context;

    @RolesAllowed(Roles.STAFF)
    public Page<TaskLine> tasks(TaskFilter filter, PageRequest page) {
        return TaskLine.of(tasks.page(filter, caller.visible().estates(), page, OffsetDateTime.now(clock)), tasks);
    }

    /**
     * What waits for the caller on the service desk, soonest due first, at most {@code limit} (the workbench's
     * to-do list, R6.1): his own open tasks, the tasks still to assign of the departments he supervises (R1.4), and
     * the callbacks due, for those who call back (R1.7). One statement per kind and one for the tasks' sites.
     */
    @RolesAllowed(Roles.STAFF)
    public List<TaskToDo> toDo(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var visible = caller.visible().estates();
        Map<Long, TaskToDo.Why> why = new java.util.LinkedHashMap<>();
        List<Task> found = new java.util.ArrayList<>();
        java.util.function.BiConsumer<TaskFilter, TaskToDo.Why> read = (filter, w) -> {
            for (Task t : tasks.dueFirst(filter, visible, limit, now)) {
                if (why.putIfAbsent(t.getId(), w) == null) {
                    found.add(t);
                }
            }
        };
        read.accept(TaskFilter.ALL.withMine(caller.username()).withOpenOnly(), TaskToDo.Why.MINE);
        Set<Department> supervised = supervisedDepartments();
        if (!supervised.isEmpty()) {
            read.accept(new TaskFilter(TaskState.TO_ASSIGN, null, null, null, null, supervised, null, false),
                    TaskToDo.Why.TO_ASSIGN);
        }
        if (java.util.stream.Stream.of(Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK,
                Roles.CS_ASSISTANT).anyMatch(context::isCallerInRole)) {
            read.accept(new TaskFilter(TaskState.COMPLETED, null, null, null, null, null, null, true),
                    TaskToDo.Why.CALLBACK);
        }
        return TaskLine.of(found, tasks).stream().map(l -> {
            TaskToDo.Why w = why.get(l.task().getId());
            return new TaskToDo(l, w, w == TaskToDo.Why.CALLBACK ? l.task().getCallbackDueAt() : l.task().getDueAt());
        }).sorted(java.util.Comparator.comparing(TaskToDo::due, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder()))).limit(limit).toList();
    }

    /**
     * The task list's search from what the caller typed: the keyword classified ({@link TaskKeyword}), the dates
     * (inclusive, days of the company's zone) as the registration time's range, a category with its sub-categories, a unit by id or the start of its code;
     * a range whose end lies before its start is a 400 naming {@code from}.
     */
    @RolesAllowed(Roles.STAFF)
    public TaskSearch search(String keyword, LocalDate from, LocalDate to, Long categoryId, Department department,
            Long unitId, String unitCode, TaskSort sort) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("error.period.invalid", "from");
        }
        java.time.ZoneId zone = zones.zone(caller.companyId());
        java.util.Set<Long> categoryIds = null;
        if (categoryId != null) {
            categoryIds = library.find(categoryId)
                    .map(c -> IssueCategory.subtree(library.library(c.getCompanyId()), categoryId))
                    .orElse(java.util.Set.of());
        }
        return new TaskSearch(TaskKeyword.of(keyword), from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), categoryIds, department,
                unitId, unitCode, sort);
    }

    @RolesAllowed(Roles.STAFF)
    public Map<TaskState, Long> countByState(TaskFilter filter) {
        return tasks.countByState(filter, caller.visible().estates(), OffsetDateTime.now(clock));
    }

    @RolesAllowed(Roles.STAFF)
    public Task task(long id) {
        return tasks.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("task", id));
    }

    @RolesAllowed(Roles.STAFF)
    public TaskDetail detail(long id) {
        Task t = task(id);
        Reception r = receptions.find(t.getReceptionId(), caller.scope()).orElseThrow();
        List<TaskEvent> history = tasks.history(id);
        Map<Long, IssueCategory> named = new java.util.HashMap<>();
        history.stream().filter(e -> e.isHop() && TaskAction.RECATEGORISE.name().equals(e.getAction()))
                .flatMap(e -> java.util.stream.Stream.of(e.getHopFrom(), e.getHopTo()))
                .filter(s -> s != null && s.matches("\\d{1,18}")).map(Long::valueOf).distinct()
                .forEach(c -> library.find(c).filter(x -> x.getCompanyId().equals(t.getCompanyId()))
                        .ifPresent(x -> named.put(c, x)));
        return new TaskDetail(t, r, tasks.sites(List.of(id)).getOrDefault(id, TaskSite.UNKNOWN), history,
                tasks.callbacks(id), named);
    }

    /**
     * The written notice of a task (R1.5): only a DIFFICULT task has one (409 otherwise); the place is the estate
     * and the unit, or the public location.
     */
    @RolesAllowed(Roles.STAFF)
    public WrittenNotice writtenNotice(long id) {
        TaskDetail d = detail(id);
        Task t = d.task();
        if (!t.getTier().needsWrittenNotice()) {
            throw new ConflictException("error.task.noWrittenNotice", t.getNumber(), t.getTier());
        }
        Reception r = d.reception();
        String estate = estates.byId(r.getEstateId()).orElseThrow().getName();
        String where = r.getUnitId() != null
                ? units.find(r.getUnitId(), caller.scope()).map(u -> u.getCode()).orElse("")
                : r.getLocation();
        String company = organisation.find(t.getCompanyId()).map(c -> c.getName()).orElse("");
        return new WrittenNotice(id, company, r.getNumber(), t.getNumber(), r.getCallerName(), r.getReceivedAt(),
                where == null || where.isBlank() ? estate : estate + " " + where, r.getDescription(), t.getDueAt(),
                t.getDepartment());
    }

    /**
     * The printed work order of a task (issue 20, R1.6), any task in the caller's data scope: where, who asked, the
     * category, the department, the technician and, once done, the work order with the owner's signature picture (the
     * latest SIGNATURE photo) or the reason he did not sign.
     */
    @RolesAllowed(Roles.STAFF)
    public WorkOrderSheet workOrderSheet(long id) {
        TaskDetail d = detail(id);
        Task t = d.task();
        byte[] signature = tasks.photos(id).stream().filter(p -> p.kind() == TaskPhoto.Kind.SIGNATURE)
                .reduce((first, second) -> second)
                .flatMap(p -> tasks.photo(id, p.id())).map(TaskPhoto::getContent).orElse(null);
        String company = organisation.find(t.getCompanyId()).map(c -> c.getName()).orElse("");
        return new WorkOrderSheet(company, t, d.site(), d.reception().getReceivedAt(), signature);
    }

    /** The departments whose tasks the caller supervises (R1.4); empty for a technician or the front desk. */
    @RolesAllowed(Roles.STAFF)
    public Set<Department> supervisedDepartments() {
        return ServiceDeskRoles.supervisedBy(context::isCallerInRole);
    }

    /**
     * The supervisor's step (R1.4): gives the task to a technician of the task's company. Only a supervisor of the
     * task's department (or the CS manager, or an administrator) may; the front desk and technicians may not.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.ENGINEERING_MANAGER,
        Roles.ENGINEERING_SUPERVISOR, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER, Roles.FINANCE})
    public Task assign(long id, String assignee, String comment, Integer version) {
        Task t = locked(id, version);
        if (!supervisedDepartments().contains(t.getDepartment()) && !context.isCallerInRole(Roles.CS_MANAGER)) {
            throw new AccessDeniedException("error.task.notYourDepartment", t.getDepartment());
        }
        AppUser worker = assignee == null ? null : users.findByUsername(assignee.trim())
                .filter(AppUser::isEnabled)
                .filter(u -> t.getCompanyId().equals(u.getCompanyId()))
                .orElseThrow(() -> new RuleViolationException("error.task.unknownAssignee", "assignee", assignee));
        return apply(t, TaskAction.ASSIGN, worker == null ? null : worker.getUsername(), comment, null);
    }

    /**
     * The technician's and the supervisor's steps (R1.6): discuss the solution, settle it, complete the work, and
     * wait on the customer (with a reason) or resume, which stops and restarts the SLA clock (R1.5). Only the
     * assignee, a supervisor of the task's department, the CS manager or an administrator (403 otherwise).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ENGINEERING_MANAGER,
        Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER,
        Roles.FINANCE})
    public Task progress(long id, TaskAction action, String comment, WorkOrder order, Integer version) {
        if (action != TaskAction.DISCUSS && action != TaskAction.PLAN && action != TaskAction.COMPLETE
                && action != TaskAction.WAIT_CUSTOMER && action != TaskAction.RESUME) {
            throw new RuleViolationException("error.task.unknownAction", "action", action);
        }
        Task t = locked(id, version);
        t.checkWorkableBy(action, caller.username(), context::isCallerInRole);
        if (order != null) {
            validation.check(order);
        }
        return apply(t, action, null, comment, order);
    }

    /**
     * Quotes a paid special service (R1.2): the amount and the work and materials it covers, before the work is
     * planned. The same people who may work the task (403 otherwise); a new quote replaces one not accepted.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ENGINEERING_MANAGER,
        Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER,
        Roles.FINANCE})
    public Task quote(long id, BigDecimal amount, String description, Integer version) {
        Task t = locked(id, version);
        checkMayWork(t);
        TaskEvent e = t.quote(amount, description, caller.username(), OffsetDateTime.now(clock));
        tasks.store(e);
        log.record("TASK_QUOTE", "task", t.getId(), t.getNumber() + " " + t.getQuote().getAmount().toPlainString(),
                t.getCompanyId());
        return t;
    }

    /**
     * Records the owner's answer to the quote of a paid special service (R1.2), taken on his behalf: by those who
     * may work the task, or by the desk that took his call (403 otherwise). Accepted lets the work be planned;
     * refused leaves the task to be quoted again or voided.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.SECURITY_MANAGER,
        Roles.ENVIRONMENT_MANAGER, Roles.FINANCE})
    public Task decideQuote(long id, boolean accepted, String decidedBy, QuoteConsent consent, String note,
            Integer version) {
        Task t = locked(id, version);
        if (!context.isCallerInRole(Roles.FRONT_DESK) && !context.isCallerInRole(Roles.CS_ASSISTANT)
                && !context.isCallerInRole(Roles.CS_SUPERVISOR)) {
            checkMayWork(t);
        }
        TaskEvent e = t.decideQuote(accepted, decidedBy, consent, note, caller.username(), OffsetDateTime.now(clock));
        tasks.store(e);
        log.record(accepted ? "TASK_QUOTE_ACCEPTED" : "TASK_QUOTE_REFUSED", "task", t.getId(), t.getNumber() + " "
                + t.getQuote().getAmount().toPlainString(), t.getCompanyId());
        return t;
    }

    private void checkMayWork(Task t) {
        if (!t.mayBeWorkedBy(caller.username(), context::isCallerInRole)) {
            throw new AccessDeniedException("error.task.notYourTask", t.getNumber(),
                    t.getAssignee() == null ? "-" : t.getAssignee());
        }
    }

    /** The desk's steps (R1.6): close a completed task, void a cancelled one, mark an invalid request. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Task finish(long id, TaskAction action, String comment, Integer version) {
        if (action != TaskAction.CLOSE && action != TaskAction.VOID && action != TaskAction.INVALIDATE) {
            throw new RuleViolationException("error.task.unknownAction", "action", action);
        }
        if (action != TaskAction.CLOSE && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("error.task.reasonRequired", "comment");
        }
        return apply(locked(id, version), action, null, comment, null);
    }

    /**
     * Corrects the category of a running task (issue 20): another active category of the company's library (400
     * {@code categoryId} otherwise); the dispatch table sends it on, by the task's place, to the department of the
     * new category — a transfer when that is another one —, and a new tier recomputes the due time from the
     * creation ({@link Task#recategorise}). The desk or a supervisor of the task's department
     * ({@link Task#checkRoutableBy}, 403 otherwise). The hops go to the history and the operation log.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER,
        Roles.FINANCE})
    public Task recategorise(long id, Long categoryId, String reason, Integer version) {
        if (categoryId == null) {
            throw new RuleViolationException("error.required", "categoryId");
        }
        Task t = locked(id, version);
        t.checkRoutableBy(context::isCallerInRole);
        IssueCategory to = library.find(categoryId).filter(c -> c.getCompanyId().equals(t.getCompanyId()))
                .orElseThrow(() -> new RuleViolationException("error.task.unknownCategory", "categoryId",
                        categoryId));
        Department dispatched = DispatchRule.resolve(to, t.getLocationKind(), library.rulesOf(to.getId()));
        Map<ParameterKey, String> p = parameters.values(t.getCompanyId());
        SlaPolicy sla = ServiceDeskClock.sla(p);
        String from = t.getCategoryCode();
        Department before = t.getDepartment();
        List<TaskEvent> hops = t.recategorise(to, dispatched, tier -> sla.dueAt(tier, t.getCreatedAt(), null,
                calendar(t.getCompanyId(), t.getCreatedAt(), sla.timeOf(tier))), reason, caller.username(),
                OffsetDateTime.now(clock));
        hops.forEach(tasks::store);
        followReception(t);
        if (before != t.getDepartment()) {
            notifications.taskTransferred(t);
        }
        log.record("TASK_RECATEGORISE", "task", t.getId(), t.getNumber() + " " + from + " -> " + t.getCategoryCode()
                + (before == t.getDepartment() ? "" : " " + before + " -> " + t.getDepartment()), t.getCompanyId());
        return t;
    }

    /**
     * Transfers a running task to another department (issue 20): back to TO_ASSIGN for that department's
     * supervisors, without a technician ({@link Task#transfer}); with a reason. The desk or a supervisor of the
     * task's department (403 otherwise).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER,
        Roles.FINANCE})
    public Task transfer(long id, Department department, String reason, Integer version) {
        Task t = locked(id, version);
        t.checkRoutableBy(context::isCallerInRole);
        Department before = t.getDepartment();
        tasks.store(t.transfer(department, reason, caller.username(), OffsetDateTime.now(clock)));
        followReception(t);
        notifications.taskTransferred(t);
        log.record("TASK_TRANSFER", "task", t.getId(), t.getNumber() + " " + before + " -> " + t.getDepartment(),
                t.getCompanyId());
        return t;
    }

    /** The company's calendar from the day of {@code from} as far as a time of this length may reach (R1.5). */
    private Map<java.time.LocalDate, Boolean> calendar(long companyId, OffsetDateTime from, java.time.Duration time) {
        if (time.toDays() < 1) {
            return Map.of();
        }
        return parameters.calendar(companyId, from.atZoneSameInstant(zones.zone()).toLocalDate(),
                SlaPolicy.calendarSpan(time));
    }

    /**
     * How the time the task waited on the customer moves its due time when it resumes (R1.5): a day tier counts the
     * waiting on the company's working days, from the day the waiting began to well past the due time.
     */
    private SlaPolicy.WaitingTime waitingTime(Task t, Map<ParameterKey, String> p) {
        if (t.getPausedSince() == null || t.getTier() == null) {
            return SlaPolicy.WaitingTime.CLOCK;
        }
        SlaPolicy sla = ServiceDeskClock.sla(p);
        java.time.Duration time = sla.timeOf(t.getTier());
        if (time.toDays() < 1) {
            return SlaPolicy.WaitingTime.CLOCK;
        }
        java.time.LocalDate from = t.getPausedSince().atZoneSameInstant(zones.zone()).toLocalDate();
        java.time.LocalDate due = t.getDueAt().atZoneSameInstant(zones.zone()).toLocalDate();
        java.time.LocalDate today = OffsetDateTime.now(clock).atZoneSameInstant(zones.zone()).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, today)
                + Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, due)) + SlaPolicy.calendarSpan(time);
        return sla.waitingTime(t.getTier(), parameters.calendar(t.getCompanyId(), from, (int) Math.min(3660, days)));
    }

    private Task locked(long id, Integer version) {
        Task t = tasks.findForUpdate(id, caller.scope()).orElseThrow(() -> new NotFoundException("task", id));
        t.checkVersion(version);
        return t;
    }

    private Task apply(Task t, TaskAction action, String assignee, String comment, WorkOrder order) {
        Map<ParameterKey, String> p = parameters.values(t.getCompanyId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        TaskEvent e = t.act(action, caller.username(), assignee, comment, order, ServiceDeskClock.callbackDelay(p),
                ServiceDeskClock.callbackLatest(p), waitingTime(t, p), now);
        tasks.store(e);
        if (action == TaskAction.COMPLETE) {
            completions.fire(new TaskCompleted(t));
        }
        followReception(t);
        log.record("TASK_" + action.name(), "task", t.getId(), t.getNumber() + " " + e.getFromState() + " -> "
                + e.getToState() + (assignee == null ? "" : " " + assignee), t.getCompanyId());
        return t;
    }

    private void followReception(Task t) {
        receptions.find(t.getReceptionId(), caller.scope()).ifPresent(r -> r.follow(
                tasks.ofReception(r.getId()).stream().map(Task::getState).toList()));
    }

    /**
     * Who can be given a task, for the assign dialog: the enabled staff of the task's department (its workers and
     * supervisors), or every enabled user of the company when the department has nobody with such a role.
     */
    @RolesAllowed(Roles.STAFF)
    public List<AppUser> assignableUsers(long taskId) {
        Task t = task(taskId);
        List<AppUser> company = users.search(t.getCompanyId(), null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().filter(AppUser::isEnabled).toList();
        List<AppUser> department = company.stream().filter(u -> t.getDepartment().staffedBy(u.getRoles())).toList();
        return department.isEmpty() ? company : department;
    }
}
