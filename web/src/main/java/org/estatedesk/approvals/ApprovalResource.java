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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.estatedesk.api.Params;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;
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

    @EJB
    BulkApprovals bulk;

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

    /** Several steps approved with one comment (issue 20); {@code versions}, if given, in the order of the ids. */
    public record BulkApprovalRequest(
            @Schema(description = "the steps to approve, at most 100") @NotEmpty @Size(max = 100) List<Long> ids,
            @Schema(description = "one comment for every approval") String comment,
            @Schema(description = "each step's version read, in the order of ids (optional)") List<Integer> versions) {
    }

    /**
     * What became of one step of a bulk approval: 200 with the decided step, or the status and problem code of its
     * refusal (403 not the approver's step, 404 not found, 409 decided meanwhile or a stale version); the form's
     * name and subject say which form it was.
     */
    public record BulkResultDto(long id, int status, boolean approved, String formType, String formName,
            String subject, String code, String detail, StepDto step) {
    }

    /** The outcome of a bulk approval: one result per id, in the order given. */
    public record BulkApprovalDto(int approved, int failed, List<BulkResultDto> results) {
    }

    @GET
    @Operation(summary = "The steps waiting for the caller's roles (mine=true) or for anyone (mine=false) within his"
            + " data scope, oldest first: [{id, formType, formId, step, waitingSince, version, ...}]; formType and"
            + " estateId filter (issue 20)")
    public List<WaitingDto> waiting(@QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("limit") @DefaultValue("200") int limit, @QueryParam("formType") String formType,
            @QueryParam("estateId") Long estateId) {
        if (limit < 1) {
            throw new BadRequestException("limit must be positive");
        }
        return approvals.waiting(mine, formType(formType), estateId, limit).stream()
                .map(x -> WaitingDto.of(x, OffsetDateTime.now(clock))).toList();
    }

    /** The form types that go through approvals, with their names in the caller's language. */
    public record FormTypeDto(String code, String name) {
    }

    @GET
    @Path("/form-types")
    @Operation(summary = "The form types of approvals with their names in the caller's language (the inbox's filter)")
    public List<FormTypeDto> formTypes(@Context HttpHeaders headers) {
        Locale language = Params.language(headers);
        return approvals.formTypes().stream().map(t -> new FormTypeDto(t,
                Messages.format(language, "approval.form." + t))).toList();
    }

    @POST
    @Path("/bulk")
    @Operation(summary = "Approves several steps with one comment, each in its own transaction: 200 with a result per"
            + " id (approved, or the status and code of its refusal, with the form's name)")
    public BulkApprovalDto bulk(@Valid BulkApprovalRequest body, @Context HttpHeaders headers) {
        if (body.versions() != null && body.versions().size() != body.ids().size()) {
            throw new RuleViolationException("error.param.invalid", "versions", body.versions().size());
        }
        List<BulkApprovals.Target> targets = new ArrayList<>();
        for (int i = 0; i < body.ids().size(); i++) {
            targets.add(new BulkApprovals.Target(body.ids().get(i), body.versions() == null ? null
                    : body.versions().get(i)));
        }
        Locale language = Params.language(headers);
        List<BulkResultDto> results = bulk.approveAll(targets, body.comment()).stream().map(o -> result(o,
                language)).toList();
        int approved = (int) results.stream().filter(BulkResultDto::approved).count();
        return new BulkApprovalDto(approved, results.size() - approved, results);
    }

    private static BulkResultDto result(BulkApprovals.Outcome o, Locale language) {
        String type = o.titleKey() == null ? null : o.titleKey().substring("approval.form.".length());
        String name = o.titleKey() == null ? null : Messages.format(language, o.titleKey());
        if (o.approved()) {
            return new BulkResultDto(o.stepId(), 200, true, type, name, o.subject(), null, null, StepDto.of(o.decided()));
        }
        BusinessException e = o.refusal();
        int status = e instanceof NotFoundException ? 404 : e instanceof ConflictException ? 409
                : e instanceof AccessDeniedException ? 403 : 400;
        return new BulkResultDto(o.stepId(), status, false, type, name, o.subject(), e.messageKey(),
                Messages.format(Locale.ENGLISH, e.messageKey(), e.arguments()), null);
    }

    private String formType(String formType) {
        if (formType == null || formType.isBlank()) {
            return null;
        }
        String code = formType.trim().toUpperCase(Locale.ROOT);
        if (!approvals.formTypes().contains(code)) {
            throw new RuleViolationException("error.param.invalid", "formType", formType);
        }
        return code;
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
