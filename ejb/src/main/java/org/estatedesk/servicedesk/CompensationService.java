package org.estatedesk.servicedesk;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * The compensation register (R1.13): CS staff record what was agreed with an owner, a CS manager approves or rejects
 * it once (optimistic locking: two managers cannot both decide), finance marks the approved amount paid.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FRONT_DESK,
    Roles.FINANCE, Roles.STAFF})
public class CompensationService {
    @Inject
    Clock clock;

    @Inject
    CompensationRepository compensations;

    @Inject
    TaskRepository tasks;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    /** Records an agreed compensation, for a task or (without one) for an estate. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FRONT_DESK})
    public Compensation request(Long taskId, Long estateId, String payee, BigDecimal amount, Bearer borneBy,
            String contractor, String reason) {
        if (borneBy == null) {
            throw new RuleViolationException("error.required", "borneBy");
        }
        Task task = null;
        Estate estate;
        if (taskId != null) {
            task = tasks.find(taskId, caller.scope()).orElseThrow(() -> new NotFoundException("task", taskId));
            estate = estates.byId(task.getEstateId()).orElseThrow();
        } else if (estateId != null) {
            estate = estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate",
                    estateId));
        } else {
            throw new RuleViolationException("error.required", "taskId");
        }
        Compensation c = new Compensation(task, estate.getCompanyId(), estate.getId(), payee, amount, borneBy,
                contractor, reason, caller.username(), java.time.OffsetDateTime.now(clock));
        compensations.store(validation.check(c));
        log.record("COMPENSATION_REQUEST", "compensation", c.getId(), c.getPayee() + " " + c.getAmount() + " "
                + c.getBorneBy(), c.getCompanyId());
        return c;
    }

    /** The manager's decision; the version read guards against two managers deciding at once (409). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public Compensation decide(long id, Compensation.Decision decision, String comment, Integer version) {
        Compensation c = compensation(id);
        c.checkVersion(version);
        c.decide(decision, caller.username(), comment, java.time.OffsetDateTime.now(clock));
        log.record("COMPENSATION_" + decision, "compensation", id, c.getAmount() + " " + c.getPayee(),
                c.getCompanyId());
        return c;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public Compensation markPaid(long id, Integer version) {
        Compensation c = compensation(id);
        c.checkVersion(version);
        c.paid();
        log.record("COMPENSATION_PAID", "compensation", id, c.getAmount() + " " + c.getPayee(), c.getCompanyId());
        return c;
    }

    @RolesAllowed(Roles.STAFF)
    public Compensation compensation(long id) {
        return compensations.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("compensation", id));
    }

    @RolesAllowed(Roles.STAFF)
    public Page<Compensation> compensations(Compensation.State state, Long estateId, Long taskId, PageRequest page) {
        return compensations.page(state, estateId, taskId, caller.scope(), page);
    }
}
