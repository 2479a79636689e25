package org.estatedesk.estates;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.jobs.JobRun;

/** Bulk unit generation as a batch job (R0.3): start a run, follow its progress, restart it after a failure. */
@Path("/unit-generation/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitGenerationResource {
    @EJB
    UnitGenerationJobs jobs;

    /** The layout applied to the chosen buildings of an estate (all of them when buildingIds is empty). */
    public record UnitGenerationRequest(@NotNull Long estateId, List<Long> buildingIds, List<String> entrances, int fromFloor, int toFloor,
            int unitsPerFloor, String pattern, UnitType type, BigDecimal area) {
    }

    @POST
    @Operation(summary = "Start a unit-generation run; 202 with the run's id, progress at GET /unit-generation/runs/{id}")
    public Response start(@Valid UnitGenerationRequest body, @Context UriInfo uri) {
        JobRun run = jobs.start(body.estateId(), body.buildingIds(), new UnitGeneration(0, body.entrances(),
                body.fromFloor(), body.toFloor(), body.unitsPerFloor(), body.pattern(), body.type(), body.area()));
        return Response.accepted(Map.of("id", run.getId()))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(run.getId())).build()).build();
    }

    @GET
    @Operation(summary = "The latest unit-generation runs the caller may see")
    public List<JobRunDto> recent() {
        return jobs.recent().stream().map(JobRunDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A run's state (STARTING, STARTED, COMPLETED, FAILED, STOPPED …) and units done of the total")
    public JobRunDto get(@PathParam("id") long id) {
        return JobRunDto.of(jobs.run(id));
    }

    @POST
    @Path("/{id}/restart")
    @Operation(summary = "Restart a failed or stopped run from its last checkpoint; 409 otherwise")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(JobRunDto.of(jobs.restart(id))).build();
    }
}
