package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.PageRequest;

/** The callback list (R1.7): completed tasks waiting for their call. */
@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @EJB
    CallbackService callbacks;

    @Schema(name = "CallbackFigures")
    public record FiguresDto(long estateId, long completed, long calledBack, java.math.BigDecimal callbackRate,
            long satisfied, long fair, long dissatisfied, java.math.BigDecimal satisfactionRate, long late) {
        static FiguresDto of(org.estatedesk.servicedesk.CallbackFigures f) {
            return new FiguresDto(f.estateId(), f.completed(), f.calledBack(), f.callbackRate(), f.satisfied(),
                    f.fair(), f.dissatisfied(), f.satisfactionRate(), f.late());
        }
    }

    @GET
    @jakarta.ws.rs.Path("/statistics")
    @Operation(summary = "Callback rate and satisfaction per estate for the days from..to (ISO dates, inclusive;"
            + " default: this month so far)")
    public java.util.List<FiguresDto> statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        java.time.LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        return callbacks.callbackFigures(date(from, "from", today.withDayOfMonth(1)), date(to, "to", today)).stream()
                .map(FiguresDto::of).toList();
    }

    private static java.time.LocalDate date(String value, String name, java.time.LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.estatedesk.shared.RuleViolationException("error.param.invalid", name, value);
        }
    }

    @GET
    @Operation(summary = "Completed tasks waiting for their callback; due=true (default) only those whose time has"
            + " come (24 h after completion by default)")
    public PageDto<TaskDto> list(@QueryParam("estateId") Long estateId,
            @QueryParam("due") @DefaultValue("true") boolean due, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return PageDto.of(callbacks.awaitingCallback(estateId, due, new PageRequest(page, size)),
                t -> TaskDto.of(t, now, org.estatedesk.api.Params.language(headers)));
    }
}
