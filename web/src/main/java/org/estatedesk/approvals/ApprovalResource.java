package org.estatedesk.approvals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approval inbox and decisions (R3.9), for every form type. */
@Path("/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {
    @Inject
    Clock clock;

    @EJB
    ApprovalService approvals;

    /** A step waiting for its approver. */
    public record WaitingDto(long id, String formType, long formId, String step, OffsetDateTime waitingSince,
            int version, int stepNo, String approverRole, int round, OffsetDateTime dueAt, boolean overdue) {
        static WaitingDto of(ApprovalStep s, OffsetDateTime now) {
            ApprovalChain c = s.getChain();
            return new WaitingDto(s.getId(), c.getFormType(), c.getFormId(), s.getCode(), s.getWaitingSince(),
                    s.getVersion(), s.getStepNo(), s.getApproverRole(), c.getRound(), c.getDueAt(),
                    c.isOverdue(now));
        }
    }

    /** A step with its decision and where its chain stands. */
    @Schema(name = "ApprovalInboxStepDto")
    public record StepDto(long id, String formType, long formId, int round, String step, int stepNo,
            String approverRole, StepState state, OffsetDateTime waitingSince, String decidedBy,
            OffsetDateTime decidedAt, String comment, int version, ChainState chainState, String nextStep) {
        static StepDto of(ApprovalStep s) {
            ApprovalChain c = s.getChain();
            return new StepDto(s.getId(), c.getFormType(), c.getFormId(), c.getRound(), s.getCode(), s.getStepNo(),
                    s.getApproverRole(), s.getState(), s.getWaitingSince(), s.getDecidedBy(), s.getDecidedAt(),
                    s.getComment(), s.getVersion(), c.getState(),
                    c.pendingStep().map(ApprovalStep::getCode).orElse(null));
        }
    }

    /** A decision on an approval step; the step checks it (R3.9). */
    public record ApprovalDecisionRequest(@Schema(description = "APPROVE or REJECT") Decision decision,
            @Schema(description = "required with REJECT") String comment,
            @Schema(description = "the step's version read") Integer version) {
    }

    @GET
    @Operation(summary = "The steps waiting for the caller's roles (mine=true) or for anyone (mine=false) within his"
            + " data scope, oldest first: [{id, formType, formId, step, waitingSince, version, ...}]")
    public List<WaitingDto> waiting(@QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1) {
            throw new BadRequestException("limit must be positive");
        }
        return approvals.waiting(mine, limit).stream().map(x -> WaitingDto.of(x, OffsetDateTime.now(clock))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One approval step with its decision")
    public StepDto step(@PathParam("id") long id) {
        return StepDto.of(approvals.step(id));
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(summary = "APPROVE or REJECT (a comment is required) with the version read; 200 with the decided step;"
            + " a step decided already or a stale version: 409; not the step's approver (or not its turn yet): 403")
    public StepDto decide(@PathParam("id") long id, @Valid ApprovalDecisionRequest body) {
        return StepDto.of(approvals.decide(id, body.decision(), body.comment(), body.version()));
    }
}
