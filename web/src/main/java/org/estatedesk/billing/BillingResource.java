package org.estatedesk.billing;

import jakarta.ejb.EJB;
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

/** The monthly billing run (R4.3): dry run, real run, progress, restart, and the comparison with last month. */
@Path("/billing/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {
    @EJB
    BillingRuns runs;

    @EJB
    MissingReadings missingReadings;

    public record EstateTotalDto(long estateId, long units, long bills, BigDecimal amount) {
    }

    @Schema(name = "BillingRun")
    public record RunDto(long id, String state, String period, boolean dryRun, long unitsTotal, long unitsBilled,
            long billsCreated, BigDecimal amountTotal, List<Long> estateIds, List<EstateTotalDto> estates,
            int percent, String submittedBy, OffsetDateTime submittedAt, OffsetDateTime startedAt,
            OffsetDateTime endedAt, boolean cancelled, OffsetDateTime cancelledAt, String cancelledBy,
            long billsCancelled,
            @Schema(description = "one finished run only: how many units of its estates have no reading of a meter billed by"
                    + " a metered rate for the period (their metered charge is left out)") Long missingReadingsTotal,
            @Schema(description = "one run only: the first 50 of them") List<MissingReadingDto> missingReadings) {
        static RunDto of(BillingRunView v) {
            return of(v, null);
        }

        static RunDto of(BillingRunView v, MissingReadings.Missing missing) {
            return new RunDto(v.id(), v.state(), v.period().toString(), v.dryRun(), v.unitsTotal(), v.unitsBilled(),
                    v.bills(), v.amountTotal().setScale(2), v.estateIds(), v.estates().stream().map(
                            (RunTotals.Estate e) -> new EstateTotalDto(e.estateId(), e.units(), e.bills(),
                                    e.amount().setScale(2))).toList(), v.percent(), v.job().submittedBy(),
                    v.job().submittedAt(), v.job().startedAt(), v.job().endedAt(), v.cancelled(), v.cancelledAt(),
                    v.cancelledBy(), v.billsCancelled(), missing == null ? null : missing.total(),
                    missing == null ? null : missing.units().stream().map(m -> new MissingReadingDto(m.unitId(),
                            m.unitCode(), m.estateId(), m.meter())).toList());
        }
    }

    /** A unit whose meter has no reading for the run's period (issue 20). */
    public record MissingReadingDto(long unitId, String unitCode, long estateId, MeterKind meter) {
    }

    @Schema(name = "BillingComparison")
    public record ComparisonDto(long estateId, String item, String itemName, long lines, BigDecimal amount,
            BigDecimal previous, BigDecimal difference) {
    }

    /** A billing run to start (R4.2); the service checks the period and the estates. */
    public record BillingRunRequest(Long companyId, List<Long> estateIds,
            @Schema(description = "The month billed, \"2026-11\"", type = SchemaType.STRING, example = "2026-11")
            YearMonth period, boolean dryRun, Long chunkSize,
            @Schema(description = "Test only: fail the run after this many units") Long failAfterUnits,
            Long partitions) {
    }

    @POST
    @Operation(summary = "Start a billing run {companyId?, estateIds?, period: \"2026-11\", dryRun, chunkSize?,"
            + " partitions?} (finance and managers); 202 {id}, progress at GET /billing/runs/{id}")
    public Response start(@Valid BillingRunRequest body, @Context UriInfo uri) {
        Long chunk = body.chunkSize();
        Long partitions = body.partitions();
        BillingRunView run = runs.start(body.companyId(), body.estateIds() == null ? List.of() : body.estateIds(),
                body.period(), body.dryRun(), chunk == null ? null : (int) Math.min(Integer.MAX_VALUE, chunk),
                body.failAfterUnits(),
                partitions == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, partitions)));
        return Response.accepted(Map.of("id", run.id()))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build()).build();
    }

    @GET
    @Operation(summary = "The latest billing runs the caller may see, newest first")
    public List<RunDto> recent(@QueryParam("max") Integer max) {
        return runs.recent(max == null ? 50 : max).stream().map(RunDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A run: state STARTING|STARTED|COMPLETED|FAILED|STOPPED, units done of the total, amount; the readings its period misses (missingReadingsTotal, missingReadings)")
    public RunDto get(@PathParam("id") long id) {
        BillingRunView run = runs.run(id);
        // counted once the run has finished, not on every poll of a running one
        return RunDto.of(run, run.job().isRunning() ? null : missingReadings.of(id));
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "The run's amounts per estate and fee item beside last month's billed amounts")
    public List<ComparisonDto> comparison(@PathParam("id") long id) {
        return runs.comparison(id).stream().map(c -> new ComparisonDto(c.estateId(), c.itemCode(), c.itemName(),
                c.lines(), c.amount().setScale(2), c.previous().setScale(2), c.difference().setScale(2))).toList();
    }

    @POST
    @Path("/{id}/restart")
    @Operation(summary = "Restart a failed or stopped run after its last checkpoint; 409 otherwise")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(RunDto.of(runs.restart(id))).build();
    }

    @POST
    @Path("/{id}/stop")
    @Operation(summary = "Stop a running run after its current chunk; 409 when it is not running")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(RunDto.of(runs.stop(id))).build();
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel an ended real run none of whose bills is paid: its bills are deleted, its totals kept"
            + " as history, the period can be billed again; 200 the run (cancelled, cancelledAt, cancelledBy,"
            + " billsCancelled); 409 for a dry run, a running or cancelled run, or a bill with a payment")
    public RunDto cancel(@PathParam("id") long id) {
        return RunDto.of(runs.cancel(id));
    }
}
