package org.estatedesk.organisation;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The companies of the group (R0.1): listed, added under a region or the group, and cleared of their data (R0.11). */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {
    @EJB
    OrganisationService organisation;

    @EJB
    CompanyDataClearing clearing;

    public record CompanyDto(Long id, Long parentId, String code, String name, String nameEn) {
        static CompanyDto of(OrgUnit u) {
            return new CompanyDto(u.getId(), u.getParentId(), u.getCode(), u.getName(), u.getNameEn());
        }
    }

    public record ClearingDto(Long companyId, Map<String, Integer> removed) {
    }

    @GET
    @Operation(summary = "The companies the caller may work in (a group administrator: all)")
    public List<CompanyDto> list() {
        return organisation.companies().stream().map(CompanyDto::of).toList();
    }

    /** A company added under the group or a region. */
    public record CompanyRequest(@Schema(description = "The group or a region") @NotNull Long parentId, String code,
            String name, String nameEn) {
    }

    /** The confirmation of a company's clearing (R0.11). */
    public record ClearingRequest(@Schema(description = "The company's code") String confirmation) {
    }

    @POST
    @Operation(summary = "Add a company under the group or a region {parentId, code, name, nameEn?} (group"
            + " administrator); 201, 409 when the code exists")
    public Response add(@Valid CompanyRequest body, @Context UriInfo uri) {
        OrgUnit company = organisation.addUnit(body.parentId(), OrgUnitKind.COMPANY, body.code(), body.name(),
                body.nameEn());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(company.getId())).build())
                .entity(CompanyDto.of(company)).build();
    }

    @POST
    @Path("/{id}/clearing")
    @Operation(summary = "Clear everything the company owns (R0.11) {confirmation: the company's code} (group"
            + " administrator): estates, units, owners, the service desk's records, bills, payments, rates, contracts,"
            + " keys, archives, forms, statistics, surveys, parameters, announcements; the company, its departments"
            + " and users, the issue library and the operation log stay. All or nothing; 200 with the rows removed"
            + " by kind, 400 when the confirmation is not the code")
    public ClearingDto clear(@PathParam("id") long id, @Valid ClearingRequest body) {
        return new ClearingDto(id, clearing.clear(id, body.confirmation()));
    }
}
