package org.estatedesk.organisation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.JsonFields;
import org.estatedesk.shared.CompanyZones;

/** A company's calendar for due times in working days (R3.1): public holidays and weekend days worked instead. */
@Path("/companies/{companyId}/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ParameterService parameters;

    public record HolidayDto(LocalDate day, boolean working, String name) {
        static HolidayDto of(Holiday h) {
            return new HolidayDto(h.getDay(), h.isWorking(), h.getName());
        }
    }

    @GET
    @Operation(summary = "The company's holidays and worked weekend days of a year (year=, default this year)")
    public List<HolidayDto> list(@PathParam("companyId") long companyId, @QueryParam("year") Integer year) {
        return parameters.holidays(companyId, year == null ? LocalDate.now(clock.withZone(zones.zone())).getYear()
                : year).stream().map(HolidayDto::of).toList();
    }

    /** Days of a company's calendar marked (R3.1's working days). */
    public record HolidayRequest(LocalDate from,
            @Schema(description = "At most 31 days after from, default from") LocalDate to,
            @Schema(description = "false: a holiday; true: a weekend day worked in exchange") boolean working,
            String name) {
    }

    @PUT
    @Operation(summary = "Mark days {from, to? (at most 31 days, default from), working (false: a holiday, true: a"
            + " weekend day worked in exchange), name} (administrator); days already marked are changed")
    public List<HolidayDto> set(@PathParam("companyId") long companyId, @Valid HolidayRequest body) {
        return parameters.setHolidays(companyId, body.from(), body.to(), body.working(), body.name()).stream()
                .map(HolidayDto::of).toList();
    }

    @DELETE
    @Path("/{day}")
    @Operation(summary = "Back to an ordinary day (administrator)")
    public Response remove(@PathParam("companyId") long companyId, @PathParam("day") String day) {
        parameters.removeHoliday(companyId, JsonFields.date(jakarta.json.Json.createObjectBuilder().add("day", day)
                .build(), "day"));
        return Response.noContent().build();
    }
}
