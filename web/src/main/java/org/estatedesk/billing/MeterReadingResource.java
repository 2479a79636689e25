package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.JsonFields;
import org.estatedesk.api.Params;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Spreadsheet;

/** Meter readings (R4.2). */
@Path("/meter-readings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeterReadingResource {
    @EJB
    MeterReadingService readings;

    public record ReadingDto(long id, long unitId, MeterKind meter, String period, BigDecimal reading,
            BigDecimal previous, BigDecimal consumption, boolean replacement, String recordedBy,
            OffsetDateTime recordedAt) {
        static ReadingDto of(MeterReading r) {
            return new ReadingDto(r.getId(), r.getUnitId(), r.getMeter(), r.getPeriod().toString(), r.getReading(),
                    r.getPrevious(), r.consumption(), r.isReplacement(), r.getRecordedBy(), r.getRecordedAt());
        }
    }

    /** A meter reading of a unit for a month. */
    public record MeterReadingRequest(@NotNull Long unitId, MeterKind meter,
            @Schema(description = "The month read, \"2026-11\"", type = SchemaType.STRING, example = "2026-11")
            YearMonth period, BigDecimal reading,
            @Schema(description = "The meter was replaced: the reading may be lower") boolean replacement) {
    }

    @POST
    @Operation(summary = "Record a reading {unitId, meter: HOT_WATER, period: \"2026-11\", reading, replacement?};"
            + " lower than the previous one without replacement → 400; the same period twice → 409")
    public Response record(@Valid MeterReadingRequest body, @Context UriInfo uri) {
        MeterReading r = readings.record(body.unitId(), body.meter(), body.period(), body.reading(),
                body.replacement());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.getId())).build())
                .entity(ReadingDto.of(r)).build();
    }

    @GET
    @Operation(summary = "A unit's readings, newest first: unitId=")
    public List<ReadingDto> ofUnit(@QueryParam("unitId") Long unitId) {
        if (unitId == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        return readings.readings(unitId).stream().map(ReadingDto::of).toList();
    }
    @GET
    @Path("/sheet")
    @Produces(Spreadsheet.XLSX)
    @Operation(summary = "The reading sheet of an estate as Excel: estateId=, meter=HOT_WATER; every unit with its last"
            + " reading, a column to fill in")
    public Response sheet(@QueryParam("estateId") Long estateId, @QueryParam("meter") @DefaultValue("HOT_WATER")
            String meter, @Context HttpHeaders headers) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        List<MeterReadingService.SheetLine> lines = readings.sheet(estateId, Params.enumOf(MeterKind.class, meter,
                "meter"));
        Locale locale = org.estatedesk.api.Params.language(headers);
        StreamingOutput body = out -> ReadingSheet.write(locale, lines, out);
        return Response.ok(body, Spreadsheet.XLSX)
                .header("Content-Disposition", "attachment; filename=\"readings-" + estateId + ".xlsx\"").build();
    }

    @POST
    @Path("/import")
    @Consumes({Spreadsheet.XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a filled-in reading sheet (the Excel workbook as the body): estateId=, meter=HOT_WATER,"
            + " period=2026-11; 201 {recorded}; any wrong row: 400 problem+json with errors[{row, key, field,"
            + " message}] and nothing recorded")
    public Response importSheet(@QueryParam("estateId") Long estateId, @QueryParam("meter") @DefaultValue("HOT_WATER")
            String meter, @QueryParam("period") String period, InputStream body) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        YearMonth month = JsonFields.period(period, "period");
        if (month == null) {
            throw new RuleViolationException("error.required", "period");
        }
        List<MeterReadingService.SheetRow> rows = ReadingSheet.read(limited(body));
        List<MeterReading> recorded = readings.importSheet(estateId, Params.enumOf(MeterKind.class, meter, "meter"),
                month, rows);
        return Response.status(Response.Status.CREATED).entity(Map.of("recorded", recorded.size())).build();
    }

    /** The upload, refused beyond {@link ReadingSheet#MAX_BYTES}. */
    private static InputStream limited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) ReadingSheet.MAX_BYTES + 1);
            if (bytes.length > ReadingSheet.MAX_BYTES) {
                throw new RuleViolationException("error.import.tooLarge", "file", ReadingSheet.MAX_BYTES >> 20);
            }
            return new java.io.ByteArrayInputStream(bytes);
        } catch (java.io.IOException e) {
            throw new RuleViolationException("error.import.notWorkbook", "file");
        }
    }
}
