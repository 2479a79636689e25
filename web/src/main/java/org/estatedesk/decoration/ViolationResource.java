package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.JsonFields;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PdfDocument;

/**
 * Decoration violations (违规装修, 私搭滥建, R3.4): found on a patrol (POST /decoration-applications/{id}/patrols)
 * or recorded here; reported, a rectification notice with a deadline (PDF), a fine through billing, a stop-service
 * request decided in the approval inbox (form type DECORATION_STOP), rectified, closed once the fine is paid.
 */
@Path("/decoration-violations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViolationResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ViolationService violations;

    @EJB
    EstateService estates;

    @Inject
    ViolationNoticePdf notices;

    public record ViolationDto(long id, DecorationViolation.State state, long estateId, long unitId, String unitCode,
            Long applicationId, Long patrolId, PatrolItem item, String description, boolean stoppedOnSite,
            String foundBy, OffsetDateTime foundAt, String reportedBy, OffsetDateTime reportedAt,
            String reportComment, String noticeNumber, OffsetDateTime noticeIssuedAt, LocalDate rectifyBy,
            String requirement, boolean overdue, BigDecimal fine, Long fineBillId, String stopReason,
            String stopRequestedBy,
            OffsetDateTime stopRequestedAt, String stopDecidedBy, OffsetDateTime serviceStoppedAt,
            String stopTaskNumber, String rectifiedBy, OffsetDateTime rectifiedAt, String rectifyRemarks,
            String closedBy, OffsetDateTime closedAt, String restoreTaskNumber, int version) {
        static ViolationDto of(DecorationViolation v, LocalDate today) {
            return new ViolationDto(v.getId(), v.getState(), v.getEstateId(), v.getUnitId(), v.getUnitCode(),
                    v.getApplicationId(), v.getPatrolId(), v.getItem(), v.getDescription(), v.isStoppedOnSite(),
                    v.getFoundBy(), v.getFoundAt(), v.getReportedBy(), v.getReportedAt(), v.getReportComment(),
                    v.getNoticeNumber(), v.getNoticeIssuedAt(), v.getRectifyBy(), v.getRequirement(),
                    v.isOverdue(today), v.getFineAmount(), v.getFineBillId(),
                    v.getStopReason(), v.getStopRequestedBy(), v.getStopRequestedAt(), v.getStopDecidedBy(), v.getServiceStoppedAt(),
                    v.getStopTaskNumber(), v.getRectifiedBy(), v.getRectifiedAt(), v.getRectifyRemarks(),
                    v.getClosedBy(), v.getClosedAt(), v.getRestoreTaskNumber(), v.getVersion());
        }
    }

    public record ChecklistItemDto(PatrolItem code, String letter, boolean violation) {
    }

    public record RateDto(long estateId, String period, long violations, long unitsDecorating, BigDecimal permille,
            BigDecimal thresholdPermille, boolean aboveThreshold) {
    }

    /** A violation found otherwise than on a patrol (R3.4). */
    public record ViolationRequest(@NotNull Long unitId,
            @Schema(description = "the unit's decoration, if any") Long applicationId,
            @Schema(description = "a checklist code") PatrolItem item,
            @Schema(description = "required without item") String description, boolean stoppedOnSite) {
    }

    /** The report to the manager. */
    public record ViolationReportRequest(String comment, @PositiveOrZero Integer version) {
    }

    /** The rectification notice (整改通知书). */
    public record ViolationNoticeRequest(
            @Schema(description = "a day after today, at most 90 days on") LocalDate rectifyBy, String requirement,
            @PositiveOrZero Integer version) {
    }

    /** A fine for the violation. */
    public record ViolationFineRequest(@Schema(description = "> 0, two decimals") BigDecimal amount,
            @PositiveOrZero Integer version) {
    }

    /** The owner refuses to put it right: the stop-service request. */
    public record ViolationStopRequest(@Schema(description = "how the owner refused outright") String refusal,
            @PositiveOrZero Integer version) {
    }

    /** Put right, checked on site. */
    public record ViolationRectificationRequest(String remarks, @PositiveOrZero Integer version) {
    }

    @GET
    @Path("/checklist")
    @Operation(summary = "The patrol checklist A–Z (R3.3): code, letter, and whether failing it is a violation (else a"
            + " reminder)")
    public List<ChecklistItemDto> checklist() {
        return Arrays.stream(PatrolItem.values())
                .map(i -> new ChecklistItemDto(i, String.valueOf(i.letter()), i.violation())).toList();
    }

    @POST
    @Operation(summary = "Record a violation found otherwise than on a patrol (私搭滥建, a neighbour's report) {unitId,"
            + " applicationId? (the unit's decoration), item? (a checklist code), description (required without item),"
            + " stoppedOnSite?}; 201, state FOUND; CS assistants, supervisors and managers")
    public Response record(@Valid ViolationRequest body, @Context UriInfo uri) {
        DecorationViolation v = violations.record(body.unitId(), body.applicationId(), body.item(),
                body.description(), body.stoppedOnSite());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.getId())).build())
                .entity(ViolationDto.of(v, LocalDate.now(clock.withZone(zones.zone())))).build();
    }

    @GET
    @Operation(summary = "Violations, newest first: estateId=, unitId=, applicationId=, state=FOUND|REPORTED|"
            + "NOTICE_ISSUED|STOP_REQUESTED|SERVICE_STOPPED|RECTIFIED|CLOSED, open=true (not closed), overdue=true"
            + " (the notice's deadline passed), page=, size=")
    public PageDto<ViolationDto> list(@QueryParam("estateId") Long estateId, @QueryParam("unitId") Long unitId,
            @QueryParam("applicationId") Long applicationId, @QueryParam("state") String state,
            @QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(violations.violations(estateId, unitId, applicationId,
                Params.enumOf(DecorationViolation.State.class, state, "state"), open, overdue,
                new PageRequest(page, size)), x -> ViolationDto.of(x, LocalDate.now(clock.withZone(zones.zone()))));
    }

    @GET
    @Path("/rates")
    @Operation(summary = "The violation rate of a month (R3.4) per visible estate, or of estateId=: violations found"
            + " per mille of the units under decoration, against the 3 ‰ threshold; period=yyyy-MM (default: this"
            + " month)")
    public List<RateDto> rates(@QueryParam("period") String period, @QueryParam("estateId") Long estateId) {
        YearMonth month = period == null || period.isBlank() ? YearMonth.now(clock.withZone(zones.zone()))
                : JsonFields.period(period, "period");
        List<Long> ids = estateId != null ? List.of(estates.estate(estateId).getId()) : estates.visibleEstates()
                .stream().map(e -> e.getId()).toList();
        return violations.rates(ids, month).stream().map(r -> new RateDto(r.estateId(), month.toString(),
                r.violations(), r.unitsDecorating(), r.permille(), ViolationService.THRESHOLD_PERMILLE, r.above()))
                .toList();
    }

    @GET
    @Path("/{id}")
    public ViolationDto get(@PathParam("id") long id) {
        return ViolationDto.of(violations.find(id), LocalDate.now(clock.withZone(zones.zone())));
    }

    @POST
    @Path("/{id}/report")
    @Operation(summary = "Reported to the manager {comment?, version?}: FOUND → REPORTED; 409 otherwise")
    public ViolationDto report(@PathParam("id") long id, @Valid ViolationReportRequest body) {
        return ViolationDto.of(violations.report(id, body.comment(), body.version()), today());
    }

    @POST
    @Path("/{id}/notice")
    @Operation(summary = "The rectification notice (整改通知书) {rectifyBy (a day after today, at most 90 days on),"
            + " requirement, version?}: REPORTED → NOTICE_ISSUED, numbered ZG{year}-{id}; print it with GET")
    public ViolationDto notice(@PathParam("id") long id, @Valid ViolationNoticeRequest body) {
        return ViolationDto.of(violations.issueNotice(id, body.rectifyBy(), body.requirement(), body.version()),
                today());
    }

    @GET
    @Path("/{id}/notice")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The rectification notice as a PDF (in Chinese); 409 before it was issued")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    public Response noticePdf(@PathParam("id") long id) {
        ViolationNoticePdf.Notice n = notices.notice(id);
        return Response.ok(notices.render(n), PdfDocument.MEDIA_TYPE).header("Content-Disposition",
                "inline; filename=\"" + ViolationNoticePdf.fileName(n) + "\"").build();
    }

    @POST
    @Path("/{id}/fine")
    @Operation(summary = "A fine {amount (> 0, two decimals), version?}: once per violation, while it is reported and"
            + " not yet rectified; charged to the unit at once as a one-off charge (item FINE; a decoration's fines"
            + " are kept from its deposit); CS supervisors and managers")
    public ViolationDto fine(@PathParam("id") long id, @Valid ViolationFineRequest body) {
        return ViolationDto.of(violations.fine(id, body.amount(), body.version()), today());
    }

    @POST
    @Path("/{id}/stop-request")
    @Operation(summary = "The owner refuses to put it right {refusal? (how he refused outright), version?}: after the"
            + " notice's deadline, or before it with the refusal recorded: NOTICE_ISSUED → STOP_REQUESTED, a CS manager"
            + " (not the one who asked) decides in the approval inbox (form type DECORATION_STOP; approved →"
            + " SERVICE_STOPPED and an engineering task). 409 before the deadline without a refusal")
    public ViolationDto stopRequest(@PathParam("id") long id, @Valid ViolationStopRequest body) {
        return ViolationDto.of(violations.requestStop(id, body.refusal(), body.version()), today());
    }

    @POST
    @Path("/{id}/rectification")
    @Operation(summary = "Put right, checked on site {remarks, version?}: → RECTIFIED (a waiting stop request is"
            + " withdrawn), and CLOSED at once when no fine is unpaid (a stopped service is then restored by an"
            + " engineering task)")
    public ViolationDto rectification(@PathParam("id") long id, @Valid ViolationRectificationRequest body) {
        return ViolationDto.of(violations.rectified(id, body.remarks(), body.version()), today());
    }

    @POST
    @Path("/{id}/closing")
    @Operation(summary = "Close a rectified violation once its fine is paid {version?}; 409 while the fine is unpaid;"
            + " a stopped service is restored by an engineering task")
    public ViolationDto closing(@PathParam("id") long id, @Valid VersionRequest body) {
        return ViolationDto.of(violations.close(id, body.version()), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }
}
