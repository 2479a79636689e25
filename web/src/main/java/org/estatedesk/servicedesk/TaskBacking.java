package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.estatedesk.security.AppUser;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Roles;

/**
 * One task (R1.6): its facts, work order, history and callbacks, and the buttons its state and the user's roles
 * allow — assign (supervisors, R1.4), discuss, plan, complete with the work order, wait on the customer and resume
 * (the SLA clock stops meanwhile, R1.5), close, void, invalidate, and the callback (R1.7); for a paid special service
 * (R1.2) its quote, the owner's answer and the bill its completion made; re-categorising (with the
 * {@link CategoryPicker}) and transferring a running task (issue 20), each a hop of the history. Each button is one service call; the service
 * refuses whatever the page would wrongly offer.
 */
@Named
@ViewScoped
public class TaskBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The page's language (the switch, not the browser's): the picker's names. */
    @Inject
    org.estatedesk.shared.LocaleBean language;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    TaskService taskService;

    @EJB
    CallbackService callbacks;

    @Inject
    TaskQuoteBacking quote;

    @EJB
    IssueLibraryService library;

    private Long id;
    private TaskDetail detail;
    private Set<Department> supervised = Set.of();
    private List<AppUser> assignable = List.of();

    private String assignee;
    private String comment;
    private TaskAction finishAction;
    private CallbackResult callbackResult;
    private CategoryPicker categoryPicker = CategoryPicker.of(List.of(), null);
    private Department transferTo;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = taskService.detail(id);
            supervised = taskService.supervisedDepartments();
            if (canAssign()) {
                assignable = taskService.assignableUsers(id);
            }
            quote.prefill(detail);
            if (categoryPicker.getOptions().isEmpty() && canRoute()) {
                categoryPicker = CategoryPicker.of(library.library(detail.task().getCompanyId()),
                        language.getLocale());
            }
        } catch (BusinessException e) {
            detail = null;
            throw e;
        }
    }

    public Task getTask() {
        return detail == null ? null : detail.task();
    }

    /** Whether the state machine lets this task take the action now (the roles are checked separately). */
    public boolean allowed(TaskAction action) {
        Task t = getTask();
        if (t == null) {
            return false;
        }
        if ((action == TaskAction.PLAN || action == TaskAction.COMPLETE) && t.isQuoteRequired()
                && (t.getQuote() == null || !t.getQuote().isAccepted())) {
            return false;
        }
        try {
            t.getState().after(action, t.getKind(), t.getWaitedIn());
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }

    public boolean canAssign() {
        return allowed(TaskAction.ASSIGN) && (supervised.contains(getTask().getDepartment()) || role(Roles.CS_MANAGER));
    }

    /** The buttons follow the service's rule (the assignee, his supervisors, the CS manager; issue 18). */
    public boolean canWork() {
        return getTask() != null && getTask().mayBeWorkedBy(
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), TaskBacking::role);
    }

    public boolean canFinish() {
        return role(Roles.FRONT_DESK) || role(Roles.CS_ASSISTANT) || role(Roles.CS_SUPERVISOR)
                || role(Roles.CS_MANAGER) || role(Roles.ADMIN);
    }

    /**
     * Whether the re-categorise and transfer buttons show (issue 20): the task runs, and the user is at the desk or
     * supervises its department ({@link Task#checkRoutableBy}; the service checks the same).
     */
    public boolean canRoute() {
        if (!allowed(TaskAction.TRANSFER)) {
            return false;
        }
        try {
            getTask().checkRoutableBy(TaskBacking::role);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Opens the re-categorise or transfer dialog with nothing chosen. */
    public void prepareRoute() {
        comment = null;
        transferTo = null;
        categoryPicker.setSelected(null);
    }

    public void recategorise() {
        run(() -> taskService.recategorise(id, categoryPicker.getSelectedId(),
                comment, getTask().getVersion()), TaskAction.RECATEGORISE);
    }

    public void transfer() {
        run(() -> taskService.transfer(id, transferTo, comment, getTask().getVersion()), TaskAction.TRANSFER);
    }

    /** The departments a task can be transferred to: all but its own. */
    public List<Department> getTransferDepartments() {
        return getTask() == null ? List.of() : java.util.Arrays.stream(Department.values())
                .filter(d -> d != getTask().getDepartment()).toList();
    }

    public CategoryPicker getCategoryPicker() {
        return categoryPicker;
    }

    public Department getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Department transferTo) {
        this.transferTo = transferTo;
    }

    public boolean isOverdue() {
        return getTask() != null && getTask().isOverdue(OffsetDateTime.now(clock));
    }

    static boolean role(String role) {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(role);
    }

    public void assign() {
        run(() -> taskService.assign(id, assignee, comment, getTask().getVersion()), TaskAction.ASSIGN);
    }

    public void progress(TaskAction action) {
        run(() -> taskService.progress(id, action, comment, null, getTask().getVersion()), action);
    }

    public void prepareFinish(TaskAction action) {
        finishAction = action;
        comment = null;
    }

    /** The reason dialog's action: waiting on the customer is the workers' step, the others the desk's. */
    public void finish() {
        if (finishAction == TaskAction.WAIT_CUSTOMER) {
            run(() -> taskService.progress(id, finishAction, comment, null, getTask().getVersion()), finishAction);
        } else {
            run(() -> taskService.finish(id, finishAction, comment, getTask().getVersion()), finishAction);
        }
    }

    public void callback() {
        Callback c = callbacks.callback(id, callbackResult, comment);
        FacesMessages.info("callback.saved", getTask().getNumber(),
                FacesMessages.text("callback.result." + c.getResult()));
        reset();
        load();
    }

    /** Runs a step of the task (here or in one of its dialogs): says it is done, clears the inputs, reads it again. */
    public void run(java.util.function.Supplier<Task> call, TaskAction action) {
        Task t = call.get();
        FacesMessages.info("task.actionDone", t.getNumber(), FacesMessages.text("task.action." + action));
        reset();
        load();
    }

    private void reset() {
        assignee = null;
        comment = null;
        callbackResult = null;
    }

    public List<AppUser> getAssignable() {
        return assignable;
    }

    public TaskDetail getDetail() {
        return detail;
    }

    public CallbackResult[] getCallbackResults() {
        return CallbackResult.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public TaskAction getFinishAction() {
        return finishAction;
    }

    public CallbackResult getCallbackResult() {
        return callbackResult;
    }

    public void setCallbackResult(CallbackResult callbackResult) {
        this.callbackResult = callbackResult;
    }
}
