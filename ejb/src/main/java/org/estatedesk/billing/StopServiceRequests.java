package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.approvals.ApprovalStep;
import org.estatedesk.approvals.Decision;
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Stop-service in dunning (停止服务, R4.6): after the written notice has hung its days, the case asks a CS manager
 * (never the one who asked) through an approval chain of one step ({@link StopServiceApprovalForm}); the manager
 * decides here or in the approval inbox (R3.9).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE})
public class StopServiceRequests {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    DunningRepository dunning;

    @EJB
    ApprovalService approvals;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /** Asks a manager for stop-service (报部门经理): the written notice has hung three days, no valid reason. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FINANCE})
    public DunningCase requestStop(long id, String comment, Integer version) {
        DunningCase c = find(id);
        c.checkVersion(version);
        dunning.store(c.requestStop(caller.username(), comment, today(), now()));
        approvals.start(StopServiceApprovalForm.FORM_TYPE, id, approvals.history(StopServiceApprovalForm.FORM_TYPE,
                id).size() + 1, c.getCompanyId(), c.getEstateId(), List.of(new StepPlan("CS_MANAGER",
                Roles.CS_MANAGER)), null);
        log.record("DUNNING_STOP_REQUEST", "unit", c.getUnitId(), "case " + id, c.getCompanyId());
        return c;
    }

    /**
     * The manager's decision on stop-service, taken on the request's approval step (the same as in the approval
     * inbox, R3.9): the case's version read guards against two managers deciding at once (409).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public DunningCase decideStop(long id, DunningCase.Decision decision, String comment, Integer version) {
        DunningCase c = find(id);
        c.checkVersion(version);
        if (decision == null) {
            throw new RuleViolationException("error.required", "decision");
        }
        ApprovalStep step = approvals.history(StopServiceApprovalForm.FORM_TYPE, id).stream()
                .flatMap(chain -> chain.pendingStep().stream()).findFirst()
                .orElseThrow(() -> new ConflictException("error.dunning.notRequested", c.getState()));
        approvals.decide(step.getId(), Decision.valueOf(decision.name()), comment, step.getVersion());
        log.record("DUNNING_STOP_" + decision, "unit", c.getUnitId(), "case " + id, c.getCompanyId());
        return find(id);
    }

    private DunningCase find(long id) {
        return dunning.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("dunningCase", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
