package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Late-fee runs (R4.5): charge the daily rate on overdue principal after the grace period, as a batch job. */
@Path("/billing/late-fee-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LateFeeResource {
    @EJB
    LateFeeRuns runs;

    public record LateFeeRunDto(long id, String state, LocalDate asOf, long billsTotal, long billsDone,
            long billsCharged, BigDecimal amount, String submittedBy) {
        static LateFeeRunDto of(LateFeeRuns.View v) {
            return new LateFeeRunDto(v.job().id(), v.job().state(), v.asOf(), v.job().itemsTotal(),
                    v.job().itemsDone(), v.bills(), v.amount().setScale(2), v.job().submittedBy());
        }
    }

    /** A late-fee run to start (R4.4). */
    public record LateFeeRunRequest(Long companyId,
            @Schema(description = "Charge up to this day, default today") LocalDate asOf) {
    }

    @POST
    @Operation(summary = "Charge late fees up to a day {companyId?, asOf?: \"2026-11-23\" (default today)} (finance"
            + " and managers); 202 {id}")
    public Response start(@Valid LateFeeRunRequest body, @Context UriInfo uri) {
        LateFeeRuns.View run = runs.start(body.companyId(), body.asOf());
        return Response.accepted(Map.of("id", run.job().id()))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(run.job().id())).build()).build();
    }

    @GET
    public List<LateFeeRunDto> recent() {
        return runs.recent(50).stream().map(LateFeeRunDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A late-fee run: state, bills done of the total, bills charged and the amount")
    public LateFeeRunDto get(@PathParam("id") long id) {
        return LateFeeRunDto.of(runs.run(id));
    }

    @POST
    @Path("/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(LateFeeRunDto.of(runs.restart(id))).build();
    }
}
