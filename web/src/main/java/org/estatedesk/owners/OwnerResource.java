package org.estatedesk.owners;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.PageDto;
import org.estatedesk.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.shared.PageRequest;

@Path("/owners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnerResource {
    @EJB
    OwnerService owners;

    @GET
    @Operation(summary = "Search the owner ledger by name, phone or identity number; idNumber masked in the list")
    public PageDto<OwnerDto> search(@QueryParam("q") String q, @QueryParam("companyId") Long companyId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(owners.search(q, companyId, new PageRequest(page, size)), OwnerDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One owner; 404 outside the caller's data scope. idNumber whole to ADMIN, CS_MANAGER and"
            + " CS_SUPERVISOR (the showing logged as OWNER_ID_UNMASK), masked (first 6, asterisks, last 4) to others")
    public OwnerDto get(@PathParam("id") long id) {
        Owner o = owners.owner(id);
        return OwnerDto.of(o, owners.idNumber(id));
    }

    /** The whole identity number of one owner. */
    public record IdNumberDto(long ownerId, IdType idType, String idNumber) {
    }

    @GET
    @Path("/{id}/id-number")
    @Operation(summary = "Unmask: the owner's whole identity number, for ADMIN, CS_MANAGER and CS_SUPERVISOR only"
            + " (403 for others); every call is written to the operation log (OWNER_ID_UNMASK)")
    public IdNumberDto idNumber(@PathParam("id") long id) {
        String number = owners.unmaskIdNumber(id);
        return new IdNumberDto(id, owners.owner(id).getIdType(), number);
    }

    @POST
    @Operation(summary = "Create an owner; an invalid identity number is a 400 naming the field idNumber")
    public Response create(OwnerDto body, @Context UriInfo uri) {
        Owner o = owners.create(required(body).toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(o.getId())).build())
                .entity(OwnerDto.of(o)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an owner; send the version you read, a stale one is a 409")
    public OwnerDto update(@PathParam("id") long id, OwnerDto body) {
        return OwnerDto.of(owners.update(id, required(body).toData(), body.version()));
    }

    public record ConsultantDto(String username) {
    }

    @PUT
    @Path("/{id}/consultant")
    @Operation(summary = "Make a CS staff member the owner's customer consultant (R1.9); {username: null} removes him")
    public OwnerDto consultant(@PathParam("id") long id, ConsultantDto body) {
        return OwnerDto.of(owners.assignConsultant(id, body == null ? null : body.username()));
    }

    public record OwnershipDto(Long id, Long unitId, Long ownerId, OwnershipRelation relation, LocalDate startDate,
            LocalDate endDate, String note) {
        static OwnershipDto of(Ownership o) {
            return new OwnershipDto(o.getId(), o.getUnitId(), o.getOwnerId(), o.getRelation(), o.getStartDate(),
                    o.getEndDate(), o.getNote());
        }
    }

    @POST
    @Path("/{id}/units")
    @Operation(summary = "Tie the owner to a unit {unitId, relation: OWNER|OCCUPANT|TENANT, startDate?, note?}; a new"
            + " OWNER ends the previous owner's ownership (history kept); 201")
    public Response assign(@PathParam("id") long id, OwnershipDto body) {
        if (body == null || body.unitId() == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        if (body.relation() == null) {
            throw new RuleViolationException("error.required", "relation");
        }
        return Response.status(Response.Status.CREATED).entity(OwnershipDto.of(owners.assign(id, body.unitId(),
                body.relation(), body.startDate(), body.note()))).build();
    }

    @GET
    @Path("/{id}/units")
    @Operation(summary = "The owner's ownership history, current and ended")
    public List<OwnershipDto> history(@PathParam("id") long id) {
        return owners.history(id).stream().map(OwnershipDto::of).toList();
    }

    private static OwnerDto required(OwnerDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        return body;
    }
}
