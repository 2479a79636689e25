package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.Problem;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.approvals.ApprovalChain;
import org.estatedesk.approvals.ChainState;
import org.estatedesk.approvals.StepState;
import org.estatedesk.billing.DepositService;
import org.estatedesk.billing.DepositResource;
import org.estatedesk.billing.PaymentMethod;
import org.estatedesk.billing.PaymentResource;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.RuleViolationException;

/** Decoration applications and permits (R3.1, R3.2); their approvals are decided through {@code /approvals}. */
@Path("/decoration-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecorationResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    DecorationService decorations;

    @Inject
    DecorationPermitPdf permits;

    @Inject
    org.estatedesk.decoration.DecorationAgreementPdf agreements;

    @EJB
    ViolationService violations;

    public record ApplicationDto(long id, DecorationState state, String currentStep, long estateId, long unitId,
            String unitCode,
            String contractorName, String plan, Set<Alteration> alterations, LocalDate startDate, LocalDate endDate,
            int round, String submittedBy, OffsetDateTime submittedAt, OffsetDateTime decisionDueAt, boolean overdue,
            String permitNumber, BigDecimal managementFee, BigDecimal deposit, int version, String acceptedBy,
            OffsetDateTime acceptedAt, BigDecimal damages) {
        static ApplicationDto of(DecorationApplication a, OffsetDateTime now) {
            return new ApplicationDto(a.getId(), a.getState(), a.getCurrentStep(), a.getEstateId(), a.getUnitId(),
                    a.getUnitCode(), a.getContractorName(), a.getPlan(), a.getAlterations(), a.getStartDate(),
                    a.getEndDate(), a.getRound(), a.getSubmittedBy(), a.getSubmittedAt(), a.getDecisionDueAt(),
                    a.isOverdue(now), a.getPermitNumber(), a.getManagementFee(), a.getDeposit(),
                    a.getVersion(), a.getAcceptedBy(), a.getAcceptedAt(), a.getDamages());
        }
    }

    public record PatrolDto(long id, long applicationId, long unitId, String unitCode, OffsetDateTime patrolledAt,
            String patrolledBy, Set<PatrolItem> failedItems, String remarks) {
        static PatrolDto of(DecorationPatrol p) {
            return new PatrolDto(p.getId(), p.getApplicationId(), p.getUnitId(), p.getUnitCode(), p.getPatrolledAt(),
                    p.getPatrolledBy(), p.getFailed(), p.getRemarks());
        }
    }

    public record PatrolResultDto(PatrolDto patrol, List<ViolationResource.ViolationDto> violations) {
    }

    @Schema(name = "DecorationSettlementDto")
    public record SettlementDto(ApplicationDto application, DepositResource.SettlementDto settlement) {
    }

    @Schema(name = "DecorationEventDto")
    public record EventDto(OffsetDateTime at, String actor, DecorationAction action, DecorationState fromState,
            DecorationState toState, int round, String step, String comment) {
        static EventDto of(DecorationEvent e) {
            return new EventDto(e.getAt(), e.getActor(), e.getAction(), e.getFromState(), e.getToState(),
                    e.getRound(), e.getStep(), e.getComment());
        }
    }

    public record ApprovalStepDto(long id, int stepNo, String step, String approverRole, StepState state,
            OffsetDateTime waitingSince, String decidedBy, OffsetDateTime decidedAt, String comment, int version) {
    }

    public record ApprovalRoundDto(long chainId, int round, ChainState state, OffsetDateTime startedAt,
            OffsetDateTime dueAt, List<ApprovalStepDto> steps) {
        static ApprovalRoundDto of(ApprovalChain c) {
            return new ApprovalRoundDto(c.getId(), c.getRound(), c.getState(), c.getStartedAt(), c.getDueAt(),
                    c.getSteps().stream().map(s -> new ApprovalStepDto(s.getId(), s.getStepNo(), s.getCode(),
                            s.getApproverRole(), s.getState(), s.getWaitingSince(), s.getDecidedBy(),
                            s.getDecidedAt(), s.getComment(), s.getVersion())).toList());
        }
    }

    @Schema(name = "DecorationDetailDto")
    public record DetailDto(ApplicationDto application, String estateName, String unitCode, List<EventDto> history,
            List<ApprovalRoundDto> approvals, List<AttachmentInfo> attachments) {
        static DetailDto of(DecorationDetail d, OffsetDateTime now) {
            return new DetailDto(ApplicationDto.of(d.application(), now), d.estateName(), d.unitCode(),
                    d.history().stream().map(EventDto::of).toList(),
                    d.approvals().stream().map(ApprovalRoundDto::of).toList(), d.attachments());
        }
    }

    /** An owner's decoration application (R3.1); the service checks the rest of the form. */
    public record DecorationApplicationRequest(@NotNull Long unitId, String contractorName, String plan,
            @Schema(description = "codes of the structural alterations (R3.2): they first go to engineering"
                    + " verification") List<Alteration> alterations,
            LocalDate startDate, LocalDate endDate) {
        public DecorationApplicationRequest {
            alterations = alterations == null ? List.of() : alterations;
        }
    }

    /** The changed plan after a rejection. */
    public record DecorationResubmissionRequest(String contractorName, String plan, List<Alteration> alterations,
            LocalDate startDate, LocalDate endDate, String comment, Integer version) {
        public DecorationResubmissionRequest {
            alterations = alterations == null ? List.of() : alterations;
        }
    }

    /** The fees of an approved application. */
    public record DecorationFeesRequest(
            @Schema(description = "the water-pressure test was confirmed (required: true)")
            boolean pressureTestConfirmed,
            BigDecimal managementFee, BigDecimal deposit, Integer version) {
    }

    /** Engineering's completion inspection (R3.5). */
    public record DecorationAcceptanceRequest(@NotNull Boolean passed,
            @Schema(description = "damage to common parts, charged to the unit once") BigDecimal damages,
            @Schema(description = "required when failed or with damages") String remarks, Integer version) {
    }

    /** The settlement of an accepted decoration's deposit (R3.5). */
    public record DecorationDepositSettlementRequest(
            @Schema(description = "how the rest of the deposit is paid back") PaymentMethod method,
            Integer version) {
    }

    /** A patrol of the decoration under way (R3.3). */
    public record DecorationPatrolRequest(
            @Schema(description = "the checklist codes that failed (GET /decoration-violations/checklist)")
            List<PatrolItem> failedItems,
            String remarks) {
        public DecorationPatrolRequest {
            failedItems = failedItems == null ? List.of() : failedItems;
        }
    }

    @POST
    @Operation(summary = "An owner's decoration application {unitId, contractorName, plan, alterations:[codes],"
            + " startDate, endDate}; 201 {id, state, currentStep, ...}; its approvals start at once (R3.2's"
            + " alterations first go to engineering verification)")
    public Response apply(@Valid DecorationApplicationRequest body, @Context UriInfo uri) {
        DecorationApplication a = decorations.apply(body.unitId(), body.contractorName(), body.plan(),
                body.alterations(), body.startDate(), body.endDate());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.getId())).build())
                .entity(ApplicationDto.of(a, OffsetDateTime.now(clock))).build();
    }

    @GET
    @Operation(summary = "Decoration applications, newest first, by state, estate, unit or overdue decision")
    public PageDto<ApplicationDto> list(@QueryParam("state") String state, @QueryParam("estateId") Long estateId,
            @QueryParam("unitId") Long unitId, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(decorations.applications(Params.enumOf(DecorationState.class, state, "state"), estateId,
                unitId, overdue, new PageRequest(page, size)), x -> ApplicationDto.of(x, OffsetDateTime.now(clock)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An application with its history and every round of its approvals")
    public DetailDto get(@PathParam("id") long id) {
        return DetailDto.of(decorations.detail(id), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/resubmission")
    @Operation(summary = "After a rejection, the changed plan {contractorName, plan, alterations, startDate, endDate,"
            + " comment?, version}: the approvals start again; an unchanged plan is a 400, any other state a 409")
    public ApplicationDto resubmit(@PathParam("id") long id, @Valid DecorationResubmissionRequest body) {
        return ApplicationDto.of(decorations.resubmit(id, body.contractorName(), body.plan(), body.alterations(),
                body.startDate(), body.endDate(), body.comment(), body.version()), OffsetDateTime.now(clock));
    }

    @GET
    @Path("/{id}/permit")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The printed permit as a PDF (R3.1, in Chinese): number, unit, owner, decoration company,"
            + " period, works and alterations, fee and deposit, the approvals, the site rules, signature lines; 409"
            + " before the permit is issued")
    @APIResponse(responseCode = "200", description = "The permit",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "No permit yet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response permitPdf(@PathParam("id") long id) {
        DecorationPermit p = decorations.permit(id);
        return Response.ok(permits.render(p), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + DecorationPermitPdf.fileName(p) + "\"").build();
    }

    @GET
    @Path("/{id}/agreement")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The decoration management agreement as a PDF (R3.1, in Chinese) for the owner and the"
            + " decoration company to sign: parties, unit, works and period, what may not be done (the patrol"
            + " checklist's violation items), fee and deposit, fines and stop of service, acceptance and refund")
    @APIResponse(responseCode = "200", description = "The agreement",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    public Response agreementPdf(@PathParam("id") long id) {
        DecorationPermit p = decorations.agreement(id);
        return Response.ok(agreements.render(p), PdfDocument.MEDIA_TYPE).header("Content-Disposition",
                "inline; filename=\"" + org.estatedesk.decoration.DecorationAgreementPdf.fileName(p) + "\"").build();
    }

    @POST
    @Path("/{id}/fees")
    @Operation(summary = "The fees of an approved application {pressureTestConfirmed: true, managementFee, deposit,"
            + " version}: APPROVED → FEES_DUE; the fee becomes a one-off charge of the unit (GET /bills, kind CHARGE)"
            + " and the deposit a deposit due (GET /deposits?unitId=), both paid at the cashier's desk before the"
            + " permit is issued")
    public ApplicationDto fees(@PathParam("id") long id, @Valid DecorationFeesRequest body) {
        return ApplicationDto.of(decorations.chargeFees(id, body.pressureTestConfirmed(), body.managementFee(),
                body.deposit(), body.version()), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/permit")
    @Operation(summary = "Issue the permit {version?} (R3.1): FEES_DUE → PERMIT_ISSUED once the management fee's bill"
            + " is paid and the deposit taken; 409 problem (error.decoration.feeUnpaid, error.decoration"
            + ".depositNotTaken) otherwise")
    public ApplicationDto permit(@PathParam("id") long id, @Valid VersionRequest body) {
        return ApplicationDto.of(decorations.issuePermit(id, body.version()), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document (the request body, its Content-Type kept) ?kind=OWNER_IDENTITY|"
            + "CONTRACTOR_IDENTITY|CONTRACTOR_LICENCE|PLAN_DRAWING|AGREEMENT|OTHER&fileName=...; 201; at most 5 MB (400)")
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType,
            InputStream body, @Context UriInfo uri) throws IOException {
        AttachmentKind k = Params.enumOf(AttachmentKind.class, kind, "kind");
        if (k == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        // read one byte more than allowed: a larger upload is refused without being held in memory
        byte[] content = body == null ? new byte[0] : body.readNBytes(DecorationAttachment.MAX_BYTES + 1);
        AttachmentInfo a = decorations.attach(id, k, fileName, contentType, content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("/{id}/attachments")
    @Operation(summary = "The application's uploaded documents, without their content")
    public List<AttachmentInfo> attachments(@PathParam("id") long id) {
        return decorations.attachments(id);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an uploaded document")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        DecorationAttachment a = decorations.attachment(id, attachmentId);
        return Response.ok(a.getContent(), a.getContentType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(summary = "Engineering's completion inspection (R3.5) {passed, damages? (damage to common parts,"
            + " charged to the unit once), remarks (required when failed or with damages), version}: passed →"
            + " ACCEPTED, failed → stays PERMIT_ISSUED with the remarks in its history; engineering managers and"
            + " supervisors only (403)")
    public ApplicationDto acceptance(@PathParam("id") long id, @Valid DecorationAcceptanceRequest body) {
        return ApplicationDto.of(decorations.inspectCompletion(id, body.passed(), body.damages(), body.remarks(),
                body.version()), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/deposit-settlement")
    @Operation(summary = "Settle the deposit of an accepted decoration (R3.5) {method (how the rest is paid back),"
            + " version}: the application's open charges (fines, damages, an unpaid fee) are kept from the deposit,"
            + " the rest paid back; the application is CLOSED. 409 when not ACCEPTED or the deposit was never taken;"
            + " finance and managers only")
    public SettlementDto depositSettlement(@PathParam("id") long id,
            @Valid DecorationDepositSettlementRequest body) {
        DepositService.Settlement s = decorations.settleDeposit(id, body.method(), body.version());
        return new SettlementDto(ApplicationDto.of(decorations.application(id), OffsetDateTime.now(clock)), s == null ? null
                : new DepositResource.SettlementDto(DepositResource.DepositDto.of(s.deposit(), null),
                        s.deduction() == null ? null : PaymentResource.PaymentDto.of(s.deduction()),
                        s.refund() == null ? null : PaymentResource.PaymentDto.of(s.refund())));
    }

    @POST
    @Path("/{id}/patrols")
    @Operation(summary = "A patrol of the decoration under way (R3.3) {failedItems: [checklist codes, GET"
            + " /decoration-violations/checklist], remarks?}: 201 with the violations it opened (one per failed item"
            + " that is a violation, state FOUND); 409 unless the permit is issued; CS assistants, supervisors and"
            + " managers")
    public Response patrol(@PathParam("id") long id, @Valid DecorationPatrolRequest body, @Context UriInfo uri) {
        ViolationService.PatrolResult r = violations.patrol(id, body.failedItems(), body.remarks());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.patrol().getId())).build())
                .entity(new PatrolResultDto(PatrolDto.of(r.patrol()),
                        r.violations().stream().map(x -> ViolationResource.ViolationDto.of(x, LocalDate.now(clock.withZone(zones.zone())))).toList())).build();
    }

    @GET
    @Path("/{id}/patrols")
    @Operation(summary = "The decoration's patrols, newest first")
    public List<PatrolDto> patrols(@PathParam("id") long id) {
        return violations.patrols(id).stream().map(PatrolDto::of).toList();
    }
}
