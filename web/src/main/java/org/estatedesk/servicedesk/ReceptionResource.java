package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.shared.PageRequest;

/** Reception records (R1.1) and splitting them into tasks (R1.2–R1.5, R1.10). */
@Path("/receptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceptionResource {
    @Inject
    Clock clock;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @EJB
    TaskService taskService;

    @EJB
    ReceptionService desk;

    @POST
    @Operation(summary = "Register a call, visit, e-mail, web message or handover form with the \"five clear\" facts;"
            + " 201 {id, number, state}")
    public Response register(ReceptionDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Reception r = desk.register(body.toRequest());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.getId())).build())
                .entity(ReceptionDto.of(r)).build();
    }

    @GET
    @Operation(summary = "Reception records, newest first; mine=true for the caller's own")
    public PageDto<ReceptionDto> list(@QueryParam("state") String state, @QueryParam("estateId") Long estateId,
            @QueryParam("mine") boolean mine, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(desk.receptions(Params.enumOf(ReceptionState.class, state, "state"), estateId, mine, new PageRequest(page, size)), ReceptionDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One reception record with its tasks; 404 outside the caller's data scope")
    public ReceptionDto get(@PathParam("id") long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ReceptionDto.of(desk.reception(id), desk.tasksOf(id).stream()
                .map(t -> TaskDto.of(t, now, Params.language(headers))).toList());
    }

    @POST
    @Path("/{id}/tasks")
    @Operation(summary = "Split the record into a task: the category's dispatch decides the department, the SLA tier"
            + " the due time; a repeated problem escalates (R1.10). A technician may not (403).")
    public Response split(@PathParam("id") long id, TaskRequestDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Task t = desk.split(id, body.toRequest());
        return Response.created(uri.getBaseUriBuilder().path("tasks").path(Long.toString(t.getId())).build())
                .entity(TaskDto.of(taskService.detail(t.getId()), OffsetDateTime.now(clock),
                        Params.language(headers))).build();
    }
}
