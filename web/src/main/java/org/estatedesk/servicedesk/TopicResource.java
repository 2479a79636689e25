package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.Params;
import org.estatedesk.shared.RuleViolationException;

/** Complaint topics (R1.12): a group complaint gathering many tasks under one agreed solution. */
@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicResource {
    @Inject
    Clock clock;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @EJB
    TopicService topics;

    public record TopicDto(Long id, Long companyId, Long estateId, String title, String description, String solution,
            ComplaintTopic.State state, String createdBy, OffsetDateTime createdAt, String resolvedBy,
            OffsetDateTime resolvedAt, Integer version, List<TaskDto> tasks) {
        static TopicDto of(ComplaintTopic t, List<TaskDto> tasks) {
            return new TopicDto(t.getId(), t.getCompanyId(), t.getEstateId(), t.getTitle(), t.getDescription(),
                    t.getSolution(), t.getState(), t.getCreatedBy(), t.getCreatedAt(), t.getResolvedBy(),
                    t.getResolvedAt(), t.getVersion(), tasks);
        }
    }

    public record GatherDto(Long taskId) {
    }

    public record ResolveDto(String solution, Integer version) {
    }

    @POST
    @Operation(summary = "Open a topic for an estate (or the caller's company): {estateId?, title, description}")
    public Response open(TopicDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        ComplaintTopic t = topics.open(body.companyId(), body.estateId(), body.title(), body.description());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(t.getId())).build())
                .entity(TopicDto.of(t, List.of())).build();
    }

    @GET
    @Operation(summary = "Topics, newest first; state=OPEN|RESOLVED")
    public List<TopicDto> list(@QueryParam("state") String state) {
        return topics.topics(Params.enumOf(ComplaintTopic.State.class, state, "state")).stream()
                .map(t -> TopicDto.of(t, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One topic with the tasks it gathers")
    public TopicDto get(@PathParam("id") long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return TopicDto.of(topics.topic(id), topics.tasksOf(id).stream()
                .map(t -> TaskDto.of(t, now, org.estatedesk.api.Params.language(headers))).toList());
    }

    @POST
    @Path("/{id}/tasks")
    @Operation(summary = "Gather a task into the topic: {taskId}; a resolved topic or a task in another topic: 409")
    public TopicDto gather(@PathParam("id") long id, GatherDto body) {
        if (body == null || body.taskId() == null) {
            throw new RuleViolationException("error.required", "taskId");
        }
        topics.gather(id, body.taskId());
        return get(id);
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(summary = "Record the agreed solution (CS manager); every gathered task gets it in its history")
    public TopicDto resolve(@PathParam("id") long id, ResolveDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        topics.resolve(id, body.solution(), body.version());
        return get(id);
    }
}
