package org.estatedesk.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.billing.MeterKind;
import org.estatedesk.billing.MeterReading;
import org.estatedesk.billing.MeterReadingService;
import org.estatedesk.shared.RuleViolationException;

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

    @POST
    @Operation(summary = "Record a reading {unitId, meter: HOT_WATER, period: \"2026-11\", reading, replacement?};"
            + " lower than the previous one without replacement → 400; the same period twice → 409")
    public Response record(JsonObject body, @Context UriInfo uri) {
        JsonObject b = JsonFields.body(body);
        Long unitId = JsonFields.id(b, "unitId");
        if (unitId == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        MeterReading r = readings.record(unitId, JsonFields.enumOf(MeterKind.class, b, "meter"),
                JsonFields.period(b, "period"), JsonFields.decimal(b, "reading"), JsonFields.flag(b, "replacement"));
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
}
