package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The issue standard library (R1.11) of a company. */
@Path("/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {
    @EJB
    IssueLibraryService library;

    @GET
    @Operation(summary = "The issue standard library of the caller's company (or companyId), ordered by code; with q"
            + " (issue 20) the active categories whose Chinese or English name, a parent's name or code contain every"
            + " word of q, in tree order, at most 50: the category picker's type-ahead")
    public List<CategoryDto> categories(@QueryParam("companyId") Long companyId, @QueryParam("q") String q) {
        List<IssueCategory> library = this.library.library(companyId);
        List<IssueCategory> all = library;
        if (q != null && !q.isBlank()) {
            Map<Long, IssueCategory> byId = new HashMap<>();
            library.forEach(c -> byId.put(c.getId(), c));
            all = CategoryPicker.of(library, null).complete(q).stream().map(o -> byId.get(o.id())).toList();
        }
        Map<Long, String> codes = new HashMap<>();
        library.forEach(c -> codes.put(c.getId(), c.getCode()));
        return all.stream().map(c -> {
            CategoryDto d = CategoryDto.of(c);
            return new CategoryDto(d.id(), d.companyId(), d.parentId(), codes.get(c.getParentId()), d.code(),
                    d.nameZh(), d.nameEn(), d.defaultKind(), d.defaultTier(), d.location(), d.department(),
                    d.warrantyMonths(), d.active(), d.version());
        }).toList();
    }

    @POST
    @Operation(summary = "Add a category (administrator, CS manager); 409 on a duplicate code")
    public Response create(CategoryDto body, @Context UriInfo uri) {
        CategoryDto b = required(body);
        IssueCategory c = library.create(b.companyId(), b.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.getId())).build())
                .entity(CategoryDto.of(c)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a category's names and defaults, or deactivate it; send the version you read")
    public CategoryDto update(@PathParam("id") long id, CategoryDto body) {
        CategoryDto b = required(body);
        return CategoryDto.of(library.update(id, b.toData(), b.version()));
    }

    @POST
    @Path("/standard")
    @Operation(summary = "Add the standard library's entries the company lacks; returns how many were added")
    public Map<String, Integer> installStandard(@QueryParam("companyId") Long companyId) {
        return Map.of("added", library.installStandard(companyId));
    }

    private static CategoryDto required(CategoryDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        return body;
    }
}
