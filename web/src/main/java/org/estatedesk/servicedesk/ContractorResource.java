package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.RuleViolationException;

/** Contractors (R1.14): scopes of works with warranty periods, and the monthly settlement of warranty repairs. */
@Path("/contractors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractorResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ContractorService contractors;

    public record ContractorDto(Long id, Long companyId, String name, String contact, String phone, String email,
            List<ScopeDto> scopes) {
        static ContractorDto of(Contractor c, List<ScopeDto> scopes) {
            return new ContractorDto(c.getId(), c.getCompanyId(), c.getName(), c.getContact(), c.getPhone(),
                    c.getEmail(), scopes);
        }
    }

    public record ScopeDto(Long id, Long estateId, Long buildingId, String buildingCode, Long categoryId,
            String categoryCode, String warrantyFrom, Integer warrantyMonths, String warrantyUntil, Integer version) {
        static ScopeDto of(ContractorScope s) {
            return new ScopeDto(s.getId(), s.getEstateId(), s.getBuildingId(), null, s.getCategoryId(), null,
                    s.getWarrantyFrom().toString(), s.getWarrantyMonths(), s.warrantyUntil().toString(),
                    s.getVersion());
        }
    }

    public record SettlementLine(long taskId, String number, String categoryCode, OffsetDateTime completedAt,
            BigDecimal charge) {
    }

    @Schema(name = "ContractorSettlement")
    public record SettlementDto(long contractorId, String contractor, String period, List<SettlementLine> tasks,
            BigDecimal total) {
        static SettlementDto of(Settlement s) {
            return new SettlementDto(s.contractor().getId(), s.contractor().getName(), s.period().toString(),
                    s.tasks().stream().map(t -> new SettlementLine(t.getId(), t.getNumber(), t.getCategoryCode(),
                            t.getCompletedAt(), t.getWorkOrder() == null ? null : t.getWorkOrder().getCharge()))
                            .toList(), s.total());
        }
    }

    @GET
    @Operation(summary = "The contractors of the caller's company (or companyId)")
    public List<ContractorDto> list(@QueryParam("companyId") Long companyId) {
        return contractors.contractors(companyId).stream().map(c -> ContractorDto.of(c, null)).toList();
    }

    @POST
    @Operation(summary = "Register a contractor (administrator, CS or engineering manager); 409 on a duplicate name")
    public Response register(ContractorDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Contractor c = contractors.register(body.companyId(), body.name(), body.contact(), body.phone(),
                body.email());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.getId())).build())
                .entity(ContractorDto.of(c, List.of())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A contractor with his scopes of works")
    public ContractorDto get(@PathParam("id") long id) {
        return ContractorDto.of(contractors.contractor(id), contractors.scopes(id).stream().map(ScopeDto::of)
                .toList());
    }

    @POST
    @Path("/{id}/scopes")
    @Operation(summary = "Add a scope: {estateId, buildingCode?, categoryCode, warrantyFrom (date), warrantyMonths?"
            + " (default: the category's warranty)}")
    public Response addScope(@PathParam("id") long id, ScopeDto body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        if (body.estateId() == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        ContractorScope s = contractors.addScope(id, body.estateId(), body.buildingCode(), body.categoryCode(),
                warrantyFrom(body), body.warrantyMonths());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(s.getId())).build())
                .entity(ScopeDto.of(s)).build();
    }

    @PUT
    @Path("/{id}/scopes/{scopeId}")
    @Operation(summary = "Correct or extend a scope's warranty: {warrantyFrom (date), warrantyMonths, version?};"
            + " 409 when the version is not the current one")
    public ScopeDto changeScope(@PathParam("id") long id, @PathParam("scopeId") long scopeId, ScopeDto body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        return ScopeDto.of(contractors.changeScope(id, scopeId, warrantyFrom(body), body.warrantyMonths(),
                body.version()));
    }

    private static LocalDate warrantyFrom(ScopeDto body) {
        try {
            return body.warrantyFrom() == null ? null : LocalDate.parse(body.warrantyFrom());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", "warrantyFrom", body.warrantyFrom());
        }
    }

    @DELETE
    @Path("/{id}/scopes/{scopeId}")
    public Response removeScope(@PathParam("id") long id, @PathParam("scopeId") long scopeId) {
        contractors.removeScope(id, scopeId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/settlement")
    @Operation(summary = "The month's warranty repairs completed and their charges: period=2026-11")
    public SettlementDto settlement(@PathParam("id") long id, @QueryParam("period") String period) {
        YearMonth month;
        try {
            month = period == null ? YearMonth.now(clock.withZone(zones.zone())) : YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", "period", period);
        }
        return SettlementDto.of(contractors.settlement(id, month));
    }
}
