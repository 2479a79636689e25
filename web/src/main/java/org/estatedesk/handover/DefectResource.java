package org.estatedesk.handover;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.servicedesk.IssueCategory;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Defects to closure (B2): the list and the steps. */
@Path("/defects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DefectResource {
    @EJB
    DefectService defects;

    public record ActionRequest(@NotNull DefectState.Action action, @Size(max = 500) String comment,
            Integer version) {
    }

    @GET
    @Operation(summary = "Defects the caller may see, due first: ?batchId=&state=&contractorId=&overdue=&page=&size="
            + " → {items, total}; a contractor's user sees only his contractor's")
    public PageDto<DefectDto> list(@QueryParam("batchId") Long batchId, @QueryParam("state") String state,
            @QueryParam("contractorId") Long contractorId, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @Context HttpHeaders headers) {
        Locale locale = Params.language(headers);
        Page<DefectService.DefectView> p = defects.list(new InspectionRepository.Filter(batchId,
                Params.enumOf(DefectState.class, state, "state"), contractorId, overdue), new PageRequest(page, size));
        Map<Long, Map<String, IssueCategory>> libraries = new HashMap<>();
        return PageDto.of(p, v -> DefectDto.of(v.defect(), v.overdue(), null,
                libraries.computeIfAbsent(v.defect().getCompanyId(), defects::categories), locale));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A defect with its hops; 404 outside the caller's scope (or his contractor's)")
    public DefectDto get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return dto(defects.defect(id), Params.language(headers));
    }

    @POST
    @Path("/{id}/actions")
    @Operation(summary = "A step {action: ASSIGN|START|RECTIFY|ACCEPT|REJECT|CANCEL, comment?, version}: 200 the"
            + " defect with its hops; 409 when its state does not allow the action or the version is stale, and"
            + " nothing changes; 403 when the caller's role may not take it")
    public DefectDto act(@PathParam("id") long id, @Valid ActionRequest body, @Context HttpHeaders headers) {
        return dto(defects.act(id, body.action(), body.comment(), body.version()), Params.language(headers));
    }

    private DefectDto dto(DefectService.DefectView v, Locale locale) {
        return DefectDto.of(v.defect(), v.overdue(), v.hops(), defects.categories(v.defect().getCompanyId()),
                locale);
    }
}
