package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.RuleViolationException;

/** The fee catalogue and its rates per estate and unit type (R4.1). */
@Path("/fee-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeeResource {
    @EJB
    FeeService fees;

    public record FeeItemDto(long id, long companyId, String code, String name, FeeBasis basis, MeterKind meter,
            boolean onBehalf, boolean active, int version) {
        static FeeItemDto of(FeeItem i) {
            return new FeeItemDto(i.getId(), i.getCompanyId(), i.getCode(), i.getName(), i.getBasis(), i.getMeter(),
                    i.isOnBehalf(), i.isActive(), i.getVersion());
        }
    }

    public record FeeRateDto(long id, long feeItemId, long estateId, UnitType unitType, BigDecimal unitPrice,
            String validFrom) {
        static FeeRateDto of(FeeRate r) {
            return new FeeRateDto(r.getId(), r.getFeeItemId(), r.getEstateId(), r.getUnitType(), r.getUnitPrice(),
                    r.getValidFrom().toString());
        }
    }

    @GET
    @Operation(summary = "The fee items of the caller's company (or companyId)")
    public List<FeeItemDto> items(@QueryParam("companyId") Long companyId) {
        return fees.items(companyId).stream().map(FeeItemDto::of).toList();
    }

    /** A fee item of a company (R4.2). */
    public record FeeItemRequest(Long companyId, String code, String name, FeeBasis basis, MeterKind meter,
            @Schema(description = "Collected on behalf of a utility") boolean onBehalf) {
    }

    /** New settings of a fee item, with the version read. */
    public record FeeItemChangeRequest(String name, FeeBasis basis, MeterKind meter, boolean onBehalf,
            @Schema(description = "Absent: stays active") Boolean active, @PositiveOrZero Integer version) {
    }

    /** An item's price for a unit type in an estate from a period on. */
    public record FeeRateRequest(@NotNull Long estateId, UnitType unitType, BigDecimal unitPrice,
            @Schema(description = "The first month of the price, \"2026-11\"", type = SchemaType.STRING,
                    example = "2026-11") YearMonth validFrom) {
    }

    @POST
    @Operation(summary = "Create a fee item {companyId?, code, name, basis: AREA|FIXED|METERED, meter?, onBehalf?};"
            + " 409 on a duplicate code")
    public Response create(@Valid FeeItemRequest body, @Context UriInfo uri) {
        FeeItem i = fees.create(body.companyId(), body.code(), body.name(), body.basis(), body.meter(),
                body.onBehalf());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(i.getId())).build())
                .entity(FeeItemDto.of(i)).build();
    }

    @GET
    @Path("/{id}")
    public FeeItemDto item(@PathParam("id") long id) {
        return FeeItemDto.of(fees.item(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a fee item {name, basis, meter?, onBehalf?, active?, version}; 409 on a stale version")
    public FeeItemDto update(@PathParam("id") long id, @Valid FeeItemChangeRequest body) {
        boolean active = body.active() == null || body.active();
        return FeeItemDto.of(fees.update(id, body.name(), body.basis(), body.meter(), body.onBehalf(), !active,
                body.version()));
    }

    @GET
    @Path("/rates")
    @Operation(summary = "The rates of an estate: estateId=")
    public List<FeeRateDto> rates(@QueryParam("estateId") Long estateId) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        return fees.rates(estateId).stream().map(FeeRateDto::of).toList();
    }

    @PUT
    @Path("/{id}/rates")
    @Operation(summary = "Set the item's price for a unit type in an estate from a period on {estateId, unitType,"
            + " unitPrice, validFrom: \"2026-11\"}; the same period again replaces the price")
    public FeeRateDto setRate(@PathParam("id") long id, @Valid FeeRateRequest body) {
        return FeeRateDto.of(fees.setRate(id, body.estateId(), body.unitType(), body.unitPrice(), body.validFrom()));
    }

    @DELETE
    @Path("/rates/{rateId}")
    public Response removeRate(@PathParam("rateId") long rateId) {
        fees.removeRate(rateId);
        return Response.noContent().build();
    }
}
