package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dispatch table (R1.3) of a company: category × location class → department. */
@Path("/dispatch-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispatchRuleResource {
    @EJB
    IssueLibraryService library;

    @GET
    @Operation(summary = "The dispatch table of the caller's company (or companyId)")
    public List<DispatchRuleDto> rules(@QueryParam("companyId") Long companyId) {
        return library.rules(companyId).stream().map(DispatchRuleDto::of).toList();
    }

    @PUT
    @Operation(summary = "Send a category at a location class (UNIT, PUBLIC_AREA, PUBLIC_FACILITY, OUTSIDE, ANY) to a"
            + " department; replaces the row there was")
    public DispatchRuleDto route(DispatchRuleDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        return DispatchRuleDto.of(library.route(body.companyId(), body.categoryCode(), body.location(),
                body.department()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a row of the dispatch table; the category's own department applies again")
    public Response removeRoute(@PathParam("id") long id) {
        library.removeRoute(id);
        return Response.noContent().build();
    }

}
