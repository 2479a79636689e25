package org.estatedesk.worklog;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.worklog.WorkLogResource.EntryDto;

/** Weekly reviews of the work log (R6.4) by supervisors, and their team's week. */
@Path("/work-log-reviews")
@Tag(name = "work log", description = "Daily work log and weekly reviews (R6.4)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkLogReviewResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    WorkLogService logs;

    public record ReviewDto(long id, long userId, String username, String week, String reviewer, String comment,
            OffsetDateTime reviewedAt) {
        static ReviewDto of(WorkLogReview r) {
            return r == null ? null : new ReviewDto(r.getId(), r.getUserId(), r.getUsername(), r.getIsoWeek(),
                    r.getReviewer(), r.getComment(), r.getReviewedAt());
        }
    }

    public record TeamRowDto(long userId, String username, String displayName, List<EntryDto> entries,
            List<LocalDate> missingDays, ReviewDto review) {
        static TeamRowDto of(WeekRow r) {
            return new TeamRowDto(r.userId(), r.username(), r.displayName(),
                    r.entries().stream().map(e -> EntryDto.of(e, r.review() != null)).toList(), r.missingDays(),
                    ReviewDto.of(r.review()));
        }
    }

    /** A supervisor's review of a team member's ISO week (R6.4). */
    public record WorkLogReviewRequest(String username, @Schema(description = "an ISO week: 2026-W48") String week,
            String comment) {
    }

    @POST
    @Operation(summary = "A supervisor reviews a team member's ISO week {username, week: \"2026-W48\", comment}: his"
            + " entries of that week are closed to him from then on; once per user and week (409); a colleague"
            + " outside the supervisor's department 403, another company's user 404; 201")
    public Response review(@Valid WorkLogReviewRequest body) {
        WorkLogReview r = logs.review(body.username(), body.week(), body.comment());
        return Response.status(Response.Status.CREATED).entity(ReviewDto.of(r)).build();
    }

    @GET
    @Operation(summary = "The supervisor's team in a week (week=2026-W48, default this week): each member's entries,"
            + " the working days (Mon-Fri, up to today) without one, and the review if any; {items, total}")
    public PageDto<TeamRowDto> team(@QueryParam("week") String week) {
        IsoWeek w = week == null || week.isBlank() ? IsoWeek.of(java.time.LocalDate.now(clock.withZone(zones.zone()))) : IsoWeek.parse(week, "week");
        List<TeamRowDto> rows = logs.team(w).stream().map(TeamRowDto::of).toList();
        return new PageDto<>(rows, rows.size());
    }
}
