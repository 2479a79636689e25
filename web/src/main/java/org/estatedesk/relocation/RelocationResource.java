package org.estatedesk.relocation;

import jakarta.ejb.EJB;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.api.Problem;
import org.estatedesk.estates.UnitState;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.RuleViolationException;

/** Relocation / move-out (业户迁出, R3.7). Approvals go through {@code /approvals} (form type RELOCATION). */
@Path("/relocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelocationResource {
    @EJB
    RelocationService relocations;

    public record RelocationDto(long id, long estateId, long unitId, String unitCode, LocalDate date, String reason,
            Relocation.State state, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
            OffsetDateTime decidedAt, String decisionComment, String slipNumber, String goods,
            String confirmedByOwner, OffsetDateTime slipIssuedAt, OffsetDateTime completedAt,
            UnitState unitStateAfter, int version) {
        static RelocationDto of(Relocation r) {
            return new RelocationDto(r.getId(), r.getEstateId(), r.getUnitId(), r.getUnitCode(), r.getMoveDate(),
                    r.getReason(), r.getState(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(),
                    r.getDecidedAt(), r.getDecisionComment(), r.getSlipNumber(), r.getGoods(),
                    r.getConfirmedByOwner(), r.getSlipIssuedAt(), r.getCompletedAt(), r.getUnitStateAfter(),
                    r.getVersion());
        }
    }

    /** An application for a relocation / move-out (R3.7). */
    public record RelocationRequest(@NotNull Long unitId, @Schema(description = "the moving day") LocalDate date,
            String reason) {
    }

    /** The goods release slip (放行条) of an approved relocation. */
    public record ReleaseSlipRequest(String goods,
            @Schema(description = "the owner who confirmed the goods by phone") String confirmedByOwner,
            @PositiveOrZero Integer version) {
    }

    @POST
    @Operation(summary = "Apply for a relocation / move-out {unitId, date, reason} (front desk and CS staff): 201"
            + " {id, state: IN_APPROVAL, …} with a CS manager's approval waiting (form type RELOCATION), or 409"
            + " problem+json whose reasons[] lists every blocking reason {code: UNPAID_FEES|OPEN_DECORATION|"
            + "OPEN_PASSES|OPEN_KEYS|OPEN_RELOCATION, message}; nothing is stored then")
    @APIResponse(responseCode = "201", description = "Applied")
    @APIResponse(responseCode = "409", description = "Blocked: every reason in reasons[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response apply(@Valid RelocationRequest body, @Context UriInfo uri) {
        Relocation r = relocations.apply(body.unitId(), body.date(), body.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.getId())).build())
                .entity(RelocationDto.of(r)).build();
    }

    @GET
    @Operation(summary = "Relocations of the visible estates, newest first: state=, estateId=, page=, size=")
    public PageDto<RelocationDto> list(@QueryParam("state") String state, @QueryParam("estateId") Long estateId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(relocations.relocations(Params.enumOf(Relocation.State.class, state, "state"), estateId,
                new PageRequest(page, size)), RelocationDto::of);
    }

    @GET
    @Path("/checks")
    @Operation(summary = "What keeps a unit from moving out now: unitId= → [{code, message}] (empty: nothing)")
    public List<Map<String, String>> checks(@QueryParam("unitId") Long unitId) {
        if (unitId == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        return relocations.check(unitId).stream().map(r -> Map.of("code", r.code(), "message",
                Messages.format(Locale.ENGLISH, r.messageKey(), r.arguments().toArray()))).toList();
    }

    @GET
    @Path("/{id}")
    public RelocationDto get(@PathParam("id") long id) {
        return RelocationDto.of(relocations.find(id));
    }

    @POST
    @Path("/{id}/release-slip")
    @Operation(summary = "Issue the goods release slip (放行条) of an approved relocation {goods, confirmedByOwner (the"
            + " owner who confirmed the goods by phone), version?}: RELEASED with its slipNumber; 409 when not"
            + " APPROVED")
    public RelocationDto release(@PathParam("id") long id, @Valid ReleaseSlipRequest body) {
        return RelocationDto.of(relocations.release(id, body.goods(), body.confirmedByOwner(), body.version()));
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "The goods went out {version?}: COMPLETED, and the unit's state is updated (unitStateAfter);"
            + " 409 when no slip was issued")
    public RelocationDto complete(@PathParam("id") long id, @Valid VersionRequest body) {
        return RelocationDto.of(relocations.complete(id, body.version()));
    }
}
