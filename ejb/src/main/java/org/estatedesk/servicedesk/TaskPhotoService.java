package org.estatedesk.servicedesk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;

/**
 * The work order's pictures (R1.6, issue 20): the technician photographs the place before and after the repair with
 * his phone and lets the owner sign on its screen. Those who may work the task add them while it is not final; every
 * member of staff who sees the task sees them.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ENGINEERING_MANAGER,
    Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER, Roles.FINANCE,
    Roles.STAFF})
public class TaskPhotoService {
    @Inject
    Clock clock;

    @Inject
    TaskRepository tasks;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Resource
    SessionContext context;

    /**
     * Adds a photo to the task's work order: an image of at most 5 MB; by its assignee, a supervisor of its
     * department, the CS manager or an administrator (403 otherwise); 409 once the task is closed.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ENGINEERING_MANAGER,
        Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.SECURITY_MANAGER, Roles.ENVIRONMENT_MANAGER,
        Roles.FINANCE})
    public TaskPhoto.Info attach(long taskId, TaskPhoto.Kind kind, String fileName, String contentType,
            byte[] content) {
        Task t = task(taskId);
        if (!t.mayBeWorkedBy(caller.username(), context::isCallerInRole)) {
            throw new AccessDeniedException("error.task.notYourTask", t.getNumber(),
                    t.getAssignee() == null ? "-" : t.getAssignee());
        }
        if (t.getState().isFinal()) {
            throw new ConflictException("error.task.photoAfterClose", t.getNumber());
        }
        TaskPhoto p = new TaskPhoto(t, kind, fileName, contentType, content, caller.username(),
                OffsetDateTime.now(clock));
        tasks.store(p);
        log.record("TASK_PHOTO", "task", t.getId(), t.getNumber() + " " + kind + " " + p.getFile().getSize() + " B",
                t.getCompanyId());
        return p.info();
    }

    @RolesAllowed(Roles.STAFF)
    public List<TaskPhoto.Info> photos(long taskId) {
        return tasks.photos(task(taskId).getId());
    }

    @RolesAllowed(Roles.STAFF)
    public TaskPhoto photo(long taskId, long photoId) {
        return tasks.photo(task(taskId).getId(), photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private Task task(long id) {
        return tasks.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("task", id));
    }
}
