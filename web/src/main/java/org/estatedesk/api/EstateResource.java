package org.estatedesk.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.UnitFilter;
import org.estatedesk.estates.UnitState;
import org.estatedesk.estates.UnitType;
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
            @QueryParam("code") String code, @QueryParam("sort") @DefaultValue("CODE") UnitFilter.Sort sort,
            @QueryParam("desc") @DefaultValue("false") boolean desc) {
        PageRequest request = new PageRequest(page, size);
        return PageDto.of(estates.units(id, new UnitFilter(buildingId, type, state, code, sort, desc), request.offset(),
                request.size()), UnitDto::of);
    }
}
