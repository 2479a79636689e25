package org.estatedesk.estates;

import jakarta.ejb.EJB;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.PageRequest;

@Path("/estates")
@Produces(MediaType.APPLICATION_JSON)
public class EstateResource {
    @EJB
    EstateService estates;

    @GET
    @Operation(summary = "The estates the caller may see")
    public List<EstateDto> list() {
        return estates.visibleEstates().stream().map(EstateDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One estate; 404 when it does not exist or lies outside the caller's data scope")
    public EstateDto get(@PathParam("id") long id) {
        return EstateDto.of(estates.estate(id));
    }

    @GET
    @Path("/{id}/units")
    @Operation(summary = "A page of the estate's units, in code order unless sorted otherwise")
    public PageDto<UnitDto> units(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("type") UnitType type,
            @QueryParam("state") UnitState state, @QueryParam("buildingId") Long buildingId,
            @QueryParam("code") String code,
            @QueryParam("sort") @DefaultValue("CODE") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"CODE", "AREA", "TYPE"}, defaultValue = "CODE")) UnitFilter.Sort sort,
            @QueryParam("desc") @DefaultValue("false") boolean desc) {
        PageRequest request = new PageRequest(page, size);
        return PageDto.of(estates.units(id, new UnitFilter(buildingId, type, state, code, sort, desc), request.offset(),
                request.size()), UnitDto::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an estate in a company (administrators); a code in use is a 409")
    public Response create(NewEstate body, @Context UriInfo uri) {
        if (body == null || body.companyId() == null) {
            throw new BadRequestException("A JSON body with companyId is required");
        }
        Estate e = estates.createEstate(body.companyId(), body.code(), body.name(), body.city(), body.address());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(e.getId())).build())
                .entity(EstateDto.of(e)).build();
    }

    @GET
    @Path("/{id}/buildings")
    @Operation(summary = "The estate's buildings")
    public List<BuildingDto> buildings(@PathParam("id") long id) {
        return estates.buildings(id).stream().map(BuildingDto::of).toList();
    }

    @POST
    @Path("/{id}/buildings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a building to the estate (administrators and CS managers)")
    public Response addBuilding(@PathParam("id") long id, BuildingDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Building b = estates.addBuilding(id, body.code(), body.name(), body.floors());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(b.getId())).build())
                .entity(BuildingDto.of(b)).build();
    }

    /** What a client sends to create an estate. */
    public record NewEstate(Long companyId, String code, String name, String city, String address) {
    }
}
