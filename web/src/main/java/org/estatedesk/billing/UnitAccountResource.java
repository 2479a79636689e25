package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.Problem;

/** A unit's account: what it owes (R4.4, R4.5), its prepaid balance (R4.8), one-off charges and deposits (R4.1). */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitAccountResource {
    @EJB
    CashierService cashier;

    @EJB
    PrepaidService prepaid;

    @EJB
    ChargeService charges;

    @EJB
    CashierSearch search;

    public record BalanceDto(long unitId, BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees,
            BigDecimal prepaid, @Schema(description = "all it owes: outstanding and late fees") BigDecimal owed) {
    }

    /** A unit the cashier found, with its current owner (none: nulls) and what it owes (issue 20). */
    public record UnitAccountDto(long unitId, String unitCode, Long ownerId, String ownerName, String ownerPhone,
            BigDecimal owed) {
        static UnitAccountDto of(CashierSearch.UnitAccount a) {
            return new UnitAccountDto(a.unit().unitId(), a.unit().unitCode(), a.unit().ownerId(),
                    a.unit().ownerName(), a.unit().ownerPhone(), a.owed());
        }
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "The cashier's search: the estate's units whose code, owner's name or owner's phone contains"
            + " q, by code, at most 20, each with its owner and what it owes")
    public List<UnitAccountDto> accounts(@QueryParam("estateId") Long estateId, @QueryParam("q") String q) {
        return search.find(estateId, q).stream().map(UnitAccountDto::of).toList();
    }

    public record PrepaidEntryDto(long id, PrepaidEntry.Kind kind, BigDecimal amount, BigDecimal balanceAfter,
            long paymentId, String recordedBy, OffsetDateTime recordedAt) {
        static PrepaidEntryDto of(PrepaidEntry e) {
            return new PrepaidEntryDto(e.getId(), e.getKind(), e.getAmount(), e.getBalanceAfter(), e.getPaymentId(),
                    e.getRecordedBy(), e.getRecordedAt());
        }
    }

    public record PrepaidDto(long unitId, BigDecimal balance, BigDecimal threshold, boolean low, boolean warned,
            List<PrepaidEntryDto> entries) {
    }

    @GET
    @Path("/{id}/balance")
    @Operation(summary = "What a unit owes: outstanding principal, the overdue part of it, unpaid late fees; and its"
            + " prepaid balance (R4.8)")
    public BalanceDto balance(@PathParam("id") long id) {
        BillRepository.Balance b = cashier.balance(id);
        return new BalanceDto(id, b.outstanding(), b.overdue(), b.lateFees(),
                prepaid.prepaid(id).account().getBalance(), b.owed());
    }

    @GET
    @Path("/{id}/prepaid")
    @Operation(summary = "A unit's prepaid account (R4.8): balance, the company's warning threshold, whether it is"
            + " below it, and every deposit, deduction and reversal, newest first")
    public PrepaidDto prepaid(@PathParam("id") long id) {
        PrepaidService.Prepaid p = prepaid.prepaid(id);
        return new PrepaidDto(id, p.account().getBalance(), p.threshold(), p.low(), p.account().isWarned(),
                p.entries().stream().map(PrepaidEntryDto::of).toList());
    }

    @POST
    @Path("/{id}/prepaid/deductions")
    @Operation(summary = "Pay the unit's open bills (oldest first, then late fees) from its prepaid balance (finance and"
            + " managers); 201 the payment (method PREPAID) with its allocations; nothing to pay or no balance: 400")
    public Response deduct(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(PaymentResource.PaymentDto.of(prepaid.deduct(id)))
                .build();
    }

    /** A line of a one-off charge: a fee item of basis ONE_OFF by its code and the amount. */
    public record ChargeLineRequest(@Schema(description = "DECORATION_FEE, FINE, DAMAGE, PASS_FEE, SERVICE, OTHER or"
            + " another ONE_OFF item's code") String item, BigDecimal amount) {
    }

    /** A one-off charge of a unit. */
    public record UnitChargeRequest(String description, List<@Valid ChargeLineRequest> lines) {
    }

    /** A refundable deposit asked of a unit by hand. */
    public record UnitDepositRequest(Deposit.Kind kind, String description, BigDecimal amount) {
    }

    @POST
    @Path("/{id}/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Charge the unit once (finance and managers) {description, lines:[{item, amount}]}: item a"
            + " fee item of basis ONE_OFF (standard: DECORATION_FEE, FINE, DAMAGE, PASS_FEE, SERVICE, OTHER, installed"
            + " on first use); 201 the bill (kind CHARGE, due at once, no late fees), paid like any bill")
    @APIResponse(responseCode = "201", description = "The charge")
    @APIResponse(responseCode = "400", description = "No lines, an unknown or monthly item, an amount not positive or"
            + " with more than two decimals", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response charge(@PathParam("id") long id, @Valid UnitChargeRequest body, @Context UriInfo uri) {
        List<ChargeService.ChargeLine> lines = body.lines() == null ? List.of() : body.lines().stream()
                .map(l -> new ChargeService.ChargeLine(l.item(), l.amount())).toList();
        Bill bill = charges.chargeByHand(id, body.description(), lines);
        return Response.created(uri.getBaseUriBuilder().path("bills").queryParam("unitId", id).build())
                .entity(BillResource.BillDto.of(bill)).build();
    }

    @POST
    @Path("/{id}/deposits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the unit for a refundable deposit by hand (finance and managers) {kind?:"
            + " DECORATION|WORKER_PASS|OTHER, description, amount}; 201 the deposit (state DUE), taken with"
            + " POST /deposits/{id}/payments")
    public Response deposit(@PathParam("id") long id, @Valid UnitDepositRequest body, @Context UriInfo uri) {
        Deposit d = charges.depositByHand(id, body.kind(), body.description(), body.amount());
        return Response.created(uri.getBaseUriBuilder().path("deposits").path(Long.toString(d.getId())).build())
                .entity(DepositResource.DepositDto.of(d, null)).build();
    }
}
