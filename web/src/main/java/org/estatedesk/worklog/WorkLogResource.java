package org.estatedesk.worklog;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.RuleViolationException;

/** The work log (工作日志, R6.4): one's daily entries; a supervisor reads his team's. */
@Path("/work-logs")
@Tag(name = "work log", description = "Daily work log and weekly reviews (R6.4)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkLogResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    WorkLogService logs;

    @Schema(name = "WorkLogEntryDto")
    public record EntryDto(long id, long userId, String username, LocalDate date, String week, String workDone,
            String pending, BigDecimal hours, boolean reviewed, OffsetDateTime updatedAt, int version) {
        static EntryDto of(WorkLog w, boolean reviewed) {
            return new EntryDto(w.getId(), w.getUserId(), w.getUsername(), w.getDate(), w.getIsoWeek(),
                    w.getWorkDone(), w.getPending(), w.getHours(), reviewed, w.getUpdatedAt(), w.getVersion());
        }
    }

    /** The caller's log of a day (R6.4). */
    public record WorkLogEntryRequest(String workDone, String pending,
            @Schema(description = "0-24, one decimal") BigDecimal hours, @PositiveOrZero Integer version) {
    }

    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", field, value);
        }
    }

    @GET
    @Operation(summary = "Entries of a user (userId= or username=, default the caller: others only for their"
            + " supervisor — 403 —, another company's user 404) from= to= (default this ISO week, at most 92 days),"
            + " by day, each marked reviewed when its week is; {items, total}")
    public PageDto<EntryDto> list(@QueryParam("userId") Long userId, @QueryParam("username") String username,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        IsoWeek thisWeek = IsoWeek.of(java.time.LocalDate.now(clock.withZone(zones.zone())));
        LocalDate f = day(from, "from");
        LocalDate t = day(to, "to");
        WorkLogService.Entries e = logs.entries(userId, username, f == null ? thisWeek.monday() : f,
                t == null ? (f == null ? thisWeek.sunday() : f.plusDays(6)) : t);
        Map<String, WorkLogReview> reviews = e.reviews().stream()
                .collect(Collectors.toMap(WorkLogReview::getIsoWeek, r -> r));
        List<EntryDto> items = e.entries().stream().map(w -> EntryDto.of(w, reviews.containsKey(w.getIsoWeek())))
                .toList();
        return new PageDto<>(items, items.size());
    }

    @PUT
    @Path("/{date}")
    @Operation(summary = "The caller's log of a day {workDone, pending?, hours? (0-24, one decimal), version?}: 201"
            + " when new, 200 when changed; a day ahead of today is a 400, a week already reviewed a 409")
    public Response write(@PathParam("date") String date, @Valid WorkLogEntryRequest body) {
        LocalDate d = day(date, "date");
        WorkLogService.Written w = logs.write(d, body.workDone(), body.pending(), body.hours(), body.version());
        return Response.status(w.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(EntryDto.of(w.log(), false)).build();
    }
}
