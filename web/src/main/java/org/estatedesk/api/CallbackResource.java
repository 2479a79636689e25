package org.estatedesk.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.servicedesk.TaskService;
import org.estatedesk.shared.PageRequest;

/** The callback list (R1.7): completed tasks waiting for their call. */
@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {
    @EJB
    TaskService tasks;

    @GET
    @Operation(summary = "Completed tasks waiting for their callback; due=true (default) only those whose time has"
            + " come (24 h after completion by default)")
    public PageDto<TaskDto> list(@QueryParam("estateId") Long estateId,
            @QueryParam("due") @DefaultValue("true") boolean due, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return PageDto.of(tasks.awaitingCallback(estateId, due, new PageRequest(page, size)),
                t -> TaskDto.of(t, now));
    }
}
