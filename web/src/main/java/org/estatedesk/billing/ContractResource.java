package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.PageRequest;

/**
 * Rent, parking and multi-business contracts (R4.1): finance, CS managers, shop administrators and administrators
 * write, all staff read within their data scope. The monthly billing run bills them on their unit's bill.
 */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ContractService contracts;

    public record ContractDto(long id, long companyId, long estateId, String estateName, long unitId, String unitCode,
            String code, ContractKind kind, Contract.Business business, String spaceCode, String location,
            String partyName, String partyPhone, Long ownerId, long feeItemId, String feeItemCode,
            String feeItemName, BigDecimal monthlyAmount, BigDecimal deposit, LocalDate startDate, LocalDate endDate,
            Contract.State state, LocalDate terminatedOn, String terminationReason, long daysToEnd,
            String createdBy, OffsetDateTime createdAt, int version) {
        static ContractDto of(ContractRepository.Row r, LocalDate today) {
            Contract c = r.contract();
            return new ContractDto(c.getId(), c.getCompanyId(), c.getEstateId(), r.estateName(), c.getUnitId(),
                    r.unitCode(), c.getCode(), c.getKind(), c.getBusiness(), c.getSpaceCode(), c.getLocation(),
                    c.getPartyName(), c.getPartyPhone(), c.getOwnerId(), c.getFeeItemId(), r.itemCode(),
                    r.itemName(), c.getMonthlyAmount(), c.getDeposit(), c.getStartDate(), c.getEndDate(),
                    c.getState(), c.getTerminatedOn(), c.getTerminationReason(),
                    c.daysToEnd(today), c.getCreatedBy(),
                    c.getCreatedAt(), c.getVersion());
        }
    }

    /**
     * The terms of a contract as a person enters them (R4.1), on a create or an update (then with the version read;
     * estate, unit and space stay); amounts keep their decimals.
     */
    public record ContractTermsRequest(Long estateId, Long unitId,
            @Schema(description = "A parking space, advertising space or stall that is not a unit") String spaceCode,
            @Schema(description = "m² of a new space unit, default 1") BigDecimal spaceArea, String code,
            ContractKind kind, Contract.Business business, String location, String partyName, String partyPhone,
            Long ownerId, @Schema(description = "A FIXED fee item of the company") Long feeItemId,
            BigDecimal monthlyAmount, BigDecimal deposit, LocalDate startDate, LocalDate endDate,
            @Schema(description = "Not billed until activated (draft=false on an update)") boolean draft,
            @PositiveOrZero Integer version) {
        ContractRequest request() {
            return new ContractRequest(estateId, unitId, spaceCode, spaceArea, code, kind, business, location,
                    partyName, partyPhone, ownerId, feeItemId, monthlyAmount, deposit, startDate, endDate, draft);
        }
    }

    /** The end of a contract before its term. */
    public record ContractTerminationRequest(@Schema(description = "Its last day, between start and end")
            LocalDate date, String reason, @PositiveOrZero Integer version) {
    }

    /** Which estate's expired contracts to mark (all visible when absent). */
    public record ContractExpiryRequest(Long estateId) {
    }

    @POST
    @Operation(summary = "Create a contract {estateId, unitId? | spaceCode + location (a parking space, advertising"
            + " space or stall that is not a unit: billed on a space unit of that code with spaceArea m², default 1), code, kind:"
            + " RENT|PARKING|MULTI_BUSINESS, business?: ADVERTISING|STALL|OTHER, partyName, partyPhone?, ownerId?,"
            + " feeItemId (a FIXED item of the company), monthlyAmount (two decimals), deposit?, startDate, endDate,"
            + " draft?} → 201; bad input 400 naming the field, a duplicate code 409")
    public Response create(@Valid ContractTermsRequest body, @Context UriInfo uri) {
        ContractDto c = ContractDto.of(contracts.create(body.request()), LocalDate.now(clock.withZone(zones.zone())));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build()).entity(c).build();
    }

    @GET
    @Operation(summary = "Contracts of visible estates by estate, kind and state, newest first; expiringWithinDays=N"
            + " lists the active ones ending within N days or already past their end, soonest first")
    public PageDto<ContractDto> list(@QueryParam("estateId") Long estateId, @QueryParam("kind") String kind,
            @QueryParam("state") String state, @QueryParam("expiringWithinDays") Integer expiring,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(contracts.list(new ContractService.Filter(estateId,
                Params.enumOf(ContractKind.class, kind, "kind"), Params.enumOf(Contract.State.class, state, "state"),
                expiring), new PageRequest(page, size)), x -> ContractDto.of(x, LocalDate.now(clock.withZone(zones.zone()))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A contract; another company's is a 404")
    public ContractDto get(@PathParam("id") long id) {
        return ContractDto.of(contracts.get(id), LocalDate.now(clock.withZone(zones.zone())));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "New terms of a draft or active contract (the same fields as on creation, without estate,"
            + " unit and space; draft=false activates a draft) with the version read: a stale one is a 409")
    public ContractDto update(@PathParam("id") long id, @Valid ContractTermsRequest body) {
        return ContractDto.of(contracts.update(id, body.request(), body.version()), LocalDate.now(clock.withZone(zones.zone())));
    }

    @POST
    @Path("/{id}/termination")
    @Operation(summary = "Terminate a contract {date (its last day, between start and end), reason, version?}:"
            + " billed up to the date, prorated; a terminated or expired contract: 409")
    public ContractDto terminate(@PathParam("id") long id, @Valid ContractTerminationRequest body) {
        return ContractDto.of(contracts.terminate(id, body.date(), body.reason(), body.version()), LocalDate.now(clock.withZone(zones.zone())));
    }

    @POST
    @Path("/expiry")
    @Operation(summary = "Mark the active contracts past their end date as EXPIRED {estateId?}; returns {expired}")
    public Map<String, Integer> expire(@Valid ContractExpiryRequest body) {
        return Map.of("expired", contracts.expire(body == null ? null : body.estateId()));
    }
}
