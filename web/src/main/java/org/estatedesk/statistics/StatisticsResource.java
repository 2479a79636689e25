package org.estatedesk.statistics;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.api.JsonFields;
import org.estatedesk.shared.RuleViolationException;

/** Monthly statistics (R6.2): runs of the monthly-statistics job, and the snapshots they write. */
@Path("/statistics")
@Tag(name = "statistics", description = "Monthly statistics per estate (R6.2)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    @EJB
    StatisticsRuns runs;

    @EJB
    StatisticsService statistics;

    @Schema(name = "StatisticsRun")
    public record RunDto(long id, String state, String period, long companyId, long estatesTotal, long estatesDone,
            int percent, String submittedBy, OffsetDateTime submittedAt, OffsetDateTime startedAt,
            OffsetDateTime endedAt) {
        static RunDto of(StatisticsRunView v) {
            return new RunDto(v.id(), v.state(), v.period().toString(), v.companyId(), v.job().itemsTotal(),
                    v.job().itemsDone(), v.percent(), v.job().submittedBy(), v.job().submittedAt(),
                    v.job().startedAt(), v.job().endedAt());
        }
    }

    /** Requests of one kind, category or tier: created in the month, completed in it, on time. */
    @JsonbNillable
    public record BreakdownDto(String code, long requests, long completed, long completedOnTime,
            BigDecimal onTimeRate) {
        static List<BreakdownDto> of(MonthlyFigures f, Breakdown.Dimension d) {
            return f.breakdown(d).stream().map(b -> new BreakdownDto(b.code(), b.requests(), b.completed(),
                    b.completedOnTime(), b.onTimeRate())).toList();
        }
    }

    /** A snapshot's figures; a rate without a base (nothing completed, no bills) is null. */
    @JsonbNillable
    @Schema(name = "StatisticsFigures")
    public record FiguresDto(long estateId, String estateCode, String estateName, String period, boolean closed,
            int revision, Long runId, OffsetDateTime computedAt, long units, long receptions, long requests,
            List<BreakdownDto> byKind, List<BreakdownDto> byCategory, List<BreakdownDto> byTier, long completed,
            long completedOnTime, BigDecimal onTimeRate, BigDecimal averageHandlingMinutes, long calledBack,
            BigDecimal callbackRate, long callbacks, long callbacksSatisfied, long callbacksFair,
            long callbacksDissatisfied, BigDecimal satisfactionRate, long escalations, long escalatedDeveloper,
            long escalatedHq, long complaints, BigDecimal complaintPermille, Long violations,
            BigDecimal violationPermille, BigDecimal billed, BigDecimal collected, BigDecimal collectionRate,
            BigDecimal arrears) {
        static FiguresDto of(EstateFigures e) {
            MonthlyFigures f = e.figures();
            return new FiguresDto(e.estateId(), e.estateCode(), e.estateName(), f.period().toString(), e.closed(),
                    e.revision(), e.runId(), e.computedAt(), f.units(), f.receptions(), f.requests(),
                    BreakdownDto.of(f, Breakdown.Dimension.KIND), BreakdownDto.of(f, Breakdown.Dimension.CATEGORY),
                    BreakdownDto.of(f, Breakdown.Dimension.TIER), f.completed(), f.completedOnTime(), f.onTimeRate(),
                    f.averageHandlingMinutes(), f.calledBack(), f.callbackRate(), f.callbacks(),
                    f.callbacksSatisfied(), f.callbacksFair(), f.callbacksDissatisfied(), f.satisfactionRate(),
                    f.escalations(), f.escalatedDeveloper(), f.escalatedHq(), f.complaints(), f.complaintPermille(),
                    f.violations(), f.violationPermille(), f.billed(), f.collected(), f.collectionRate(),
                    f.arrears());
        }
    }

    /** The monthly statistics of a month to compute. */
    public record StatisticsRunRequest(
            @Schema(description = "The month, \"2026-11\"", type = SchemaType.STRING, example = "2026-11")
            YearMonth period, Long companyId, Long chunkSize,
            @Schema(description = "Test only: fail the run after this many estates") Long failAfterEstates) {
    }

    @POST
    @Path("/runs")
    @Operation(summary = "Start the monthly statistics of a month {period: \"2026-11\", companyId?} (CS managers and"
            + " administrators; 403 for others); 202 {id}, progress at GET /statistics/runs/{id}. A past or the"
            + " current month; an impossible or future month is a 400. The month's snapshots are replaced.")
    @APIResponse(responseCode = "202", description = "started: {id}")
    @APIResponse(responseCode = "400", description = "impossible period")
    @APIResponse(responseCode = "403", description = "not a manager")
    @APIResponse(responseCode = "409", description = "a run of the same company and month is under way")
    public Response start(@Valid StatisticsRunRequest body, @Context UriInfo uri) {
        Long chunk = body.chunkSize();
        StatisticsRunView run = runs.start(body.companyId(), body.period(),
                chunk == null ? null : (int) Math.min(Integer.MAX_VALUE, chunk), body.failAfterEstates());
        return Response.accepted(Map.of("id", run.id()))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build()).build();
    }

    @GET
    @Path("/runs")
    @Operation(summary = "The latest statistics runs the caller may see, newest first")
    public List<RunDto> recent(@QueryParam("max") Integer max) {
        return runs.recent(max == null ? 50 : max).stream().map(RunDto::of).toList();
    }

    @GET
    @Path("/runs/{id}")
    @Operation(summary = "A statistics run: state STARTING|STARTED|COMPLETED|FAILED|STOPPED, period, estates done of"
            + " the total")
    public RunDto run(@PathParam("id") long id) {
        return RunDto.of(runs.run(id));
    }

    @POST
    @Path("/runs/{id}/restart")
    @Operation(summary = "Restart a failed or stopped statistics run after its last checkpoint; 409 otherwise")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(RunDto.of(runs.restart(id))).build();
    }

    @POST
    @Path("/runs/{id}/stop")
    @Operation(summary = "Stop a running statistics run after its current chunk; 409 when it is not running")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(RunDto.of(runs.stop(id))).build();
    }

    @GET
    @Operation(summary = "The snapshot's figures of a month: with estateId the estate's (404 when not computed),"
            + " without it an array of every visible estate's. 400 for an impossible or future period.")
    public Response figures(@Parameter(description = "the month, e.g. 2026-11", required = true)
            @QueryParam("period") String period, @QueryParam("estateId") Long estateId) {
        YearMonth month = JsonFields.period(period, "period");
        if (month == null) {
            throw new RuleViolationException("error.required", "period");
        }
        if (estateId != null) {
            return Response.ok(FiguresDto.of(statistics.estate(estateId, month))).build();
        }
        return Response.ok(statistics.month(month).stream().map(FiguresDto::of).toList()).build();
    }
}
