package org.estatedesk.passes;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.StoredFile;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.RuleViolationException;

/** Passes (R3.6): worker access passes, temporary passes, hot-work permits. */
@Path("/passes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PassResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    PassService passes;

    public record PassDto(long id, String number, Pass.Kind kind, long estateId, long unitId, String unitCode,
            String holderName, String idNumber, String employer, String certificateNo, String goods,
            String confirmedByOwner, LocalDate validFrom,
            LocalDate validTo, Pass.State state, boolean overdue, String issuedBy, OffsetDateTime issuedAt,
            String returnedBy, OffsetDateTime returnedAt, int version) {
        static PassDto of(Pass p, LocalDate today) {
            return new PassDto(p.getId(), p.getNumber(), p.getKind(), p.getEstateId(), p.getUnitId(),
                    p.getUnitCode(), p.getHolderName(), p.getIdNumber(), p.getEmployer(), p.getCertificateNo(),
                    p.getGoods(), p.getConfirmedByOwner(), p.getValidFrom(), p.getValidTo(), p.getState(),
                    p.isOverdue(today), p.getIssuedBy(), p.getIssuedAt(),
                    p.getReturnedBy(), p.getReturnedAt(), p.getVersion());
        }
    }

    /** A pass to issue; the service checks the rest of the form (R3.6). */
    public record PassRequest(Pass.Kind kind, @NotNull Long unitId, String holderName, String idNumber,
            String employer, String certificateNo, String goods, String confirmedByOwner, LocalDate validFrom,
            LocalDate validTo) {
    }

    @POST
    @Operation(summary = "Issue a pass {kind: WORKER|TEMPORARY|HOT_WORK|GOODS_RELEASE, unitId, holderName, idNumber,"
            + " employer?, certificateNo (hot work), goods and confirmedByOwner (a goods release slip, valid for its one"
            + " day), validFrom, validTo}: a worker's pass at most pass.maxMonths months (its card"
            + " fee becomes a one-off charge and its deposit a deposit due of the unit) and only with the unit's"
            + " decoration permit in force, its dates within the works' (400 error.pass.noPermit, field unitCode;"
            + " error.pass.outsidePermit, field validFrom/validTo), a temporary one at most"
            + " pass.temporaryDays days; 201 with its number")
    public Response issue(@Valid PassRequest body, @Context UriInfo uri) {
        Pass p = passes.issue(body.unitId(), body.kind(), body.holderName(), body.idNumber(), body.employer(),
                body.certificateNo(), body.goods(), body.confirmedByOwner(), body.validFrom(), body.validTo());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.getId())).build())
                .entity(PassDto.of(p, LocalDate.now(clock.withZone(zones.zone())))).build();
    }

    @GET
    @Operation(summary = "Passes of the visible estates: estateId=, kind=, state=ISSUED|RETURNED|CANCELLED,"
            + " endingWithinDays= (the issued ones overdue or ending within that many days, soonest first; 0 ="
            + " overdue and ending today), page=, size=")
    public PageDto<PassDto> list(@QueryParam("estateId") Long estateId, @QueryParam("kind") String kind,
            @QueryParam("state") String state, @QueryParam("endingWithinDays") Integer endingWithinDays,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(passes.passes(estateId, Params.enumOf(Pass.Kind.class, kind, "kind"),
                Params.enumOf(Pass.State.class, state, "state"), endingWithinDays, new PageRequest(page, size)),
                x -> PassDto.of(x, LocalDate.now(clock.withZone(zones.zone()))));
    }

    @GET
    @Path("/{id}")
    public PassDto get(@PathParam("id") long id) {
        return PassDto.of(passes.find(id), LocalDate.now(clock.withZone(zones.zone())));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "The pass came back {version?}: RETURNED; a worker's deposit is then paid back at the"
            + " cashier's desk (POST /deposits/{id}/settlement); 409 when it is not out")
    public PassDto giveBack(@PathParam("id") long id, @Valid VersionRequest body) {
        return PassDto.of(passes.giveBack(id, body.version()), LocalDate.now(clock.withZone(zones.zone())));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Archive a copy with the pass (the request body, its Content-Type kept) ?kind=WELDING_CERTIFICATE|"
            + "IDENTITY_COPY|RESIDENCE_PERMIT|OTHER&fileName=...; 201; at most 5 MB (400)")
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName, @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
            java.io.InputStream body, @Context UriInfo uri) throws java.io.IOException {
        PassAttachment.Kind k = Params.enumOf(PassAttachment.Kind.class, kind, "kind");
        if (k == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        // one byte more than allowed: a larger upload is refused without being held in memory
        byte[] content = body == null ? new byte[0] : body.readNBytes(StoredFile.MAX_BYTES + 1);
        PassAttachment.Info a = passes.attach(id, k, fileName, contentType, content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("/{id}/attachments")
    @Operation(summary = "The pass's archived copies, without their content")
    public java.util.List<PassAttachment.Info> attachments(@PathParam("id") long id) {
        return passes.attachments(id);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an archived copy")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        StoredFile f = passes.attachment(id, attachmentId).getFile();
        return Response.ok(f.getContent(), f.getContentType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(f.getFileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
