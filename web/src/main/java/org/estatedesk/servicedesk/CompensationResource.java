package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
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
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.shared.PageRequest;

/** The compensation register (R1.13). Amounts are JSON numbers or strings with at most two decimals. */
@Path("/compensations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompensationResource {
    @EJB
    CompensationService compensations;

    public record CompensationDto(Long id, Long taskId, Long estateId, String payee, BigDecimal amount,
            Bearer borneBy, String contractor, String reason, Compensation.State state, String requestedBy,
            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionComment,
            Integer version) {
        static CompensationDto of(Compensation c) {
            return new CompensationDto(c.getId(), c.getTaskId(), c.getEstateId(), c.getPayee(), c.getAmount(),
                    c.getBorneBy(), c.getContractor(), c.getReason(), c.getState(), c.getRequestedBy(),
                    c.getRequestedAt(), c.getDecidedBy(), c.getDecidedAt(), c.getDecisionComment(), c.getVersion());
        }
    }

    @Schema(name = "CompensationDecisionRequest")
    public record DecisionDto(Compensation.Decision decision, String comment, Integer version) {
    }

    @POST
    @Operation(summary = "Record an agreed compensation for a task (or an estate); 201; an amount ≤ 0 or with more"
            + " than two decimals is a 400")
    public Response request(CompensationDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Compensation c = compensations.request(body.taskId(), body.estateId(), body.payee(), body.amount(),
                body.borneBy(), body.contractor(), body.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.getId())).build())
                .entity(CompensationDto.of(c)).build();
    }

    @GET
    @Operation(summary = "The register, newest first, by state, estate or task")
    public PageDto<CompensationDto> list(@QueryParam("state") String state, @QueryParam("estateId") Long estateId,
            @QueryParam("taskId") Long taskId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(compensations.compensations(Params.enumOf(Compensation.State.class, state, "state"),
                estateId, taskId, new PageRequest(page, size)), CompensationDto::of);
    }

    @GET
    @Path("/{id}")
    public CompensationDto get(@PathParam("id") long id) {
        return CompensationDto.of(compensations.compensation(id));
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(summary = "APPROVE or REJECT (with a comment) by a CS manager; decided already or a stale version: 409;"
            + " the requester himself: 400")
    public CompensationDto decide(@PathParam("id") long id, DecisionDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        return CompensationDto.of(compensations.decide(id, body.decision(), body.comment(), body.version()));
    }

    @POST
    @Path("/{id}/payment")
    @Operation(summary = "Finance records that the approved amount was paid")
    public CompensationDto paid(@PathParam("id") long id, DecisionDto body) {
        return CompensationDto.of(compensations.markPaid(id, body == null ? null : body.version()));
    }
}
