package org.estatedesk.security;

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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.PageRequest;

/** User administration (R0.5, R0.6): administrators only. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    @Inject
    Clock clock;

    @EJB
    UserAdministration users;

    public record UserDto(Long id, String username, String displayName, Long companyId, Long departmentId,
            Set<String> roles, boolean groupAdmin, boolean enabled, boolean locked, Long contractorId) {
        static UserDto of(AppUser u, OffsetDateTime now) {
            return new UserDto(u.getId(), u.getUsername(), u.getDisplayName(), u.getCompanyId(), u.getDepartmentId(),
                    u.getRoles(), u.isGroupAdmin(), u.isEnabled(),
                    u.isLocked(now), u.getContractorId());
        }
    }

    public record NewUser(String username, String displayName, String password, Long companyId, Long departmentId,
            String email, String phone, Set<String> roles, List<UserCommand.Scope> scopes, Boolean groupAdmin,
            Long contractorId) {
    }

    @GET
    @Operation(summary = "Users of the administrator's companies")
    public PageDto<UserDto> search(@QueryParam("q") String q, @QueryParam("companyId") Long companyId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(users.search(q, companyId, new PageRequest(page, size)), x -> UserDto.of(x, OffsetDateTime.now(clock)));
    }

    @POST
    @Operation(summary = "Create a user with roles and data scope")
    public Response create(NewUser body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        AppUser u = users.create(new UserCommand(body.username(), body.displayName(), body.password(),
                body.companyId(), body.departmentId(), body.email(), body.phone(),
                body.roles() == null ? Set.of() : body.roles(), body.scopes() == null ? List.of() : body.scopes(),
                Boolean.TRUE.equals(body.groupAdmin()), true, body.contractorId()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(u.getId())).build())
                .entity(UserDto.of(u, OffsetDateTime.now(clock))).build();
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Lift a lockout")
    public Response unlock(@PathParam("id") long id) {
        users.unlock(id);
        return Response.noContent().build();
    }
}
