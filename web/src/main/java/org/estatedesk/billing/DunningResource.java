package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.Problem;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PdfDocument;

/**
 * Dunning (催缴, R4.6): the dunning list from the arrears, the cases it opens, their steps, the stop-service request
 * and the manager's decision. Payment in full at {@code POST /payments} settles a case and restores service.
 */
@Path("/dunning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DunningResource {
    @EJB
    DunningService dunning;

    @EJB
    StopServiceRequests stops;

    @EJB
    DunningNotices printed;

    @Inject
    DunningNoticePdf notices;

    @Schema(name = "DunningArrears")
    public record ArrearsDto(long unitId, long estateId, String estateName, String unitCode, String ownerName,
            String ownerPhone, BigDecimal overdue, BigDecimal hotWater, BigDecimal lateFees, LocalDate oldestDueOn,
            long bills, Long caseId, DunningCase.State caseState) {
        static ArrearsDto of(DunningRepository.Arrears a) {
            return new ArrearsDto(a.unitId(), a.estateId(), a.estateName(), a.unitCode(), a.ownerName(),
                    a.ownerPhone(), a.overdue(), a.hotWater(), a.lateFees(), a.oldestDueOn(), a.bills(), a.caseId(),
                    a.caseState());
        }
    }

    @Schema(name = "DunningStepDto")
    public record StepDto(long id, DunningStep.Kind kind, LocalDate doneOn, String person, String outcome,
            OffsetDateTime recordedAt, String overrideSkipped) {
        static StepDto of(DunningStep s) {
            return new StepDto(s.getId(), s.getKind(), s.getDoneOn(), s.getPerson(), s.getOutcome(),
                    s.getRecordedAt(), s.getOverrideSkipped());
        }
    }

    public record CaseDto(long id, long estateId, long unitId, String unitCode, DunningCase.State state,
            BigDecimal arrearsAtOpen, LocalDate oldestDueOn, String openedBy, OffsetDateTime openedAt,
            LocalDate noticePostedOn, LocalDate stopAllowedFrom, String validReason, String stopRequestedBy,
            String decidedBy, OffsetDateTime decidedAt, Long restoreTaskId, OffsetDateTime closedAt, int version,
            ArrearsDto arrears, List<StepDto> steps, DunningStep.Kind nextStep, LocalDate nextStepDueOn,
            LocalDate repossessionNoticeOn) {
        static CaseDto of(DunningCase c) {
            return of(c, null, null, null, null);
        }

        static CaseDto of(DunningService.CaseRow r) {
            return of(r.dunningCase(), null, null, null, r.nextStep());
        }

        static CaseDto of(DunningService.CaseDetail d) {
            return of(d.dunningCase(), d.unit().getCode(), d.arrears(), d.steps(), d.nextStep());
        }

        private static CaseDto of(DunningCase c, String unitCode, DunningRepository.Arrears arrears,
                List<DunningStep> steps, DunningCase.NextStep next) {
            return new CaseDto(c.getId(), c.getEstateId(), c.getUnitId(), unitCode, c.getState(),
                    c.getArrearsAtOpen(), c.getOldestDueOn(), c.getOpenedBy(), c.getOpenedAt(),
                    c.getNoticePostedOn(), c.stopAllowedFrom(), c.getValidReason(), c.getStopRequestedBy(),
                    c.getDecidedBy(), c.getDecidedAt(), c.getRestoreTaskId(), c.getClosedAt(), c.getVersion(),
                    arrears == null ? null : ArrearsDto.of(arrears),
                    steps == null ? null : steps.stream().map(StepDto::of).toList(),
                    next == null ? null : next.kind(), next == null ? null : next.dueOn(),
                    c.getRepossessionNoticeOn());
        }
    }

    @GET
    @Path("/arrears")
    @Operation(summary = "The dunning list: units with bills overdue more than minDaysOverdue days (default 0),"
            + " longest overdue first, with the hot-water part, late fees and the active case")
    public PageDto<ArrearsDto> arrears(@QueryParam("estateId") Long estateId,
            @QueryParam("minDaysOverdue") @DefaultValue("0") int minDays,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(dunning.arrears(estateId, minDays, new PageRequest(page, size)), ArrearsDto::of);
    }

    /** Which units in arrears get a dunning case: an estate's, the units listed, or all visible. */
    public record DunningListRequest(Long estateId, List<Long> unitIds,
            @Schema(description = "Only units overdue at least this many days") Long minDaysOverdue) {
    }

    /** A step of the dunning procedure done (R4.6). */
    public record DunningStepRequest(DunningStep.Kind kind, LocalDate doneOn, String outcome,
            @Schema(description = "A manager records a step out of the procedure's order") boolean override,
            @PositiveOrZero Integer version) {
    }

    /** A request for stop-service or the closing of a case, with the version read. */
    public record DunningCommentRequest(String comment, @PositiveOrZero Integer version) {
    }

    /** A manager's decision on stop-service. */
    public record DunningStopDecisionRequest(DunningCase.Decision decision, String comment,
            @PositiveOrZero Integer version) {
    }

    @POST
    @Path("/cases")
    @Operation(summary = "Issue the dunning list {estateId? , unitIds?, minDaysOverdue?} (finance, managers): a case"
            + " for every unit in arrears without an active one; 201 {opened, cases}")
    public Response issue(@Valid DunningListRequest body) {
        Long minDays = body.minDaysOverdue();
        List<DunningCase> opened = dunning.issue(body.estateId(), body.unitIds() == null ? List.of() : body.unitIds(),
                minDays == null ? 0 : (int) Math.max(-1, Math.min(36_500, minDays)));
        return Response.status(Response.Status.CREATED).entity(Map.of("opened", opened.size(), "cases",
                opened.stream().map(CaseDto::of).toList())).build();
    }

    @GET
    @Path("/cases")
    @Operation(summary = "Dunning cases, newest first, by state and estate; active=true for the open ones; each with"
            + " the procedure's next step and the day it is due (company parameters dunning.*.days)")
    public PageDto<CaseDto> cases(@QueryParam("state") String state, @QueryParam("estateId") Long estateId,
            @QueryParam("active") @DefaultValue("false") boolean active,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(dunning.cases(Params.enumOf(DunningCase.State.class, state, "state"), estateId, active,
                new PageRequest(page, size)), (DunningService.CaseRow r) -> CaseDto.of(r));
    }

    @GET
    @Path("/cases/{id}")
    @Operation(summary = "A case with the unit's current arrears and every step")
    public CaseDto get(@PathParam("id") long id) {
        return CaseDto.of(dunning.detail(id));
    }

    @POST
    @Path("/cases/{id}/steps")
    @Operation(summary = "Record a step {kind: REMINDER|NOTICE|CALL|VISIT|STOP_NOTICE|OBJECTION|RESOLVED|"
            + "REPOSSESSION_NOTICE|REPOSSESSION, doneOn?, outcome?, override?, version?}; a step the case's state does"
            + " not allow: 409; the procedure's order REMINDER → NOTICE → CALL → VISIT → STOP_NOTICE (R4.6): a step"
            + " before its earlier ones → 409 error.dunning.outOfOrder naming them, unless a manager sends"
            + " override: true (others 403), recorded in the operation log; RESOLVED and REPOSSESSION only by"
            + " managers (403); the repossession steps only for a unit with an"
            + " active rent contract (400), REPOSSESSION after the notice, ending the unit's rent contracts that day")
    public Response step(@PathParam("id") long id, @Valid DunningStepRequest body) {
        dunning.record(id, body.kind(), body.doneOn(), body.outcome(), body.override(), body.version());
        return Response.status(Response.Status.CREATED).entity(CaseDto.of(dunning.detail(id))).build();
    }

    @POST
    @Path("/cases/{id}/stop-request")
    @Operation(summary = "Ask a manager for stop-service {comment?, version?}: only after the written notice has been"
            + " posted for 3 days and without a valid reason, else 409")
    public CaseDto requestStop(@PathParam("id") long id, @Valid DunningCommentRequest body) {
        stops.requestStop(id, body.comment(), body.version());
        return CaseDto.of(dunning.detail(id));
    }

    @POST
    @Path("/cases/{id}/stop-decision")
    @Operation(summary = "The manager's decision {decision: APPROVE|REJECT, comment, version} (CS managers, not the"
            + " requester); decided already or a stale version: 409")
    public CaseDto decideStop(@PathParam("id") long id, @Valid DunningStopDecisionRequest body) {
        stops.decideStop(id, body.decision(), body.comment(), body.version());
        return CaseDto.of(dunning.detail(id));
    }

    @POST
    @Path("/cases/{id}/closing")
    @Operation(summary = "A manager closes a case without payment {comment, version?}; not while service is stopped")
    public CaseDto close(@PathParam("id") long id, @Valid DunningCommentRequest body) {
        dunning.close(id, body.comment(), body.version());
        return CaseDto.of(dunning.detail(id));
    }
    @GET
    @Path("/cases/{id}/notice")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "A printed notice of an active case as PDF (in Chinese): kind=NOTICE (催费单, default) or"
            + " STOP_NOTICE (the written stop-service notice with the day service may stop); the overdue bills as of"
            + " today")
    @APIResponse(responseCode = "200", description = "The notice", content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such case in the caller's data scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The case has ended", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response notice(@PathParam("id") long id, @QueryParam("kind") @DefaultValue("NOTICE") String kind) {
        DunningNotice n = printed.notice(id, Params.enumOf(DunningStep.Kind.class, kind, "kind"));
        return Response.ok(notices.render(n), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + DunningNoticePdf.fileName(n) + "\"").build();
    }
}
