package org.estatedesk.servicedesk;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
 * Calling the customer back once a task is completed (回访, R1.7): the list of tasks waiting for their callback, the
 * callback itself (satisfied or fair closes the task, dissatisfied reopens it, unreachable counts the attempts), and
 * the callback rate and satisfaction per estate.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT, Roles.STAFF})
public class CallbackService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    TaskRepository tasks;

    @Inject
    ReceptionRepository receptions;

    @EJB
    ParameterService parameters;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /** The callback (R1.7): satisfied or fair closes the task, dissatisfied reopens it to to-implement. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public Callback callback(long id, CallbackResult result, String comment) {
        if (result == null) {
            throw new RuleViolationException("error.required", "result");
        }
        Task t = locked(id, null);
        Map<ParameterKey, String> p = parameters.values(t.getCompanyId());
        Callback c = t.callback(result, comment, caller.username(), tasks.callbacks(id, CallbackResult.UNREACHABLE),
                Integer.parseInt(p.get(ParameterKey.CALLBACK_MAX_ATTEMPTS)), OffsetDateTime.now(clock));
        tasks.store(c);
        tasks.store(t.callbackEvent(c));
        followReception(t);
        log.record("TASK_CALLBACK", "task", t.getId(), t.getNumber() + " " + result, t.getCompanyId());
        return c;
    }

    /** Completed tasks waiting for their callback (R1.7): all of them, or only those whose time has come. */
    @RolesAllowed(Roles.STAFF)
    public Page<TaskLine> awaitingCallback(Long estateId, boolean dueOnly, PageRequest page) {
        TaskFilter f = new TaskFilter(TaskState.COMPLETED, null, estateId, null, null, null, null, dueOnly);
        return TaskLine.of(tasks.page(f, caller.visible().estates(), page, OffsetDateTime.now(clock)), tasks);
    }

    /**
     * Callback rate and satisfaction per estate (R1.7) for the days from {@code first} to {@code last} inclusive,
     * in China's time zone.
     */
    @RolesAllowed(Roles.STAFF)
    public List<CallbackFigures> callbackFigures(java.time.LocalDate first, java.time.LocalDate last) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new RuleViolationException("error.period.invalid", "to");
        }
        java.time.ZoneId zone = zones.zone();
        return tasks.callbackFigures(caller.scope(), first.atStartOfDay(zone).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private Task locked(long id, Integer version) {
        Task t = tasks.findForUpdate(id, caller.scope()).orElseThrow(() -> new NotFoundException("task", id));
        t.checkVersion(version);
        return t;
    }

    /** The reception follows the states of its tasks (R1.1). */
    private void followReception(Task t) {
        receptions.find(t.getReceptionId(), caller.scope()).ifPresent(r -> r.follow(
                tasks.ofReception(r.getId()).stream().map(Task::getState).toList()));
    }
}
