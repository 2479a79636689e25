package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.Problem;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.shared.PageRequest;

/**
 * Refundable deposits (押金, R4.1, R3.5): asked by forms (decoration, passes) or by hand, taken at the desk, settled
 * at the end — the fines and damages chosen paid from them, the rest paid back.
 */
@Path("/deposits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepositResource {
    @EJB
    ChargeService charges;

    @EJB
    DepositService deposits;

    public record DepositDto(long id, long unitId, long estateId, Deposit.Kind kind, String source, String description,
            BigDecimal amount, Deposit.State state, BigDecimal deducted, BigDecimal refunded, String createdBy,
            OffsetDateTime createdAt, String settledBy, OffsetDateTime settledAt, int version,
            List<PaymentResource.PaymentDto> payments) {
        public static DepositDto of(Deposit d, List<Payment> payments) {
            return new DepositDto(d.getId(), d.getUnitId(), d.getEstateId(), d.getKind(), d.getSourceKey(),
                    d.getDescription(), d.getAmount(), d.getState(), d.getDeducted(), d.getRefunded(),
                    d.getCreatedBy(), d.getCreatedAt(), d.getSettledBy(), d.getSettledAt(), d.getVersion(),
                    payments == null ? null : payments.stream().map(p -> PaymentResource.PaymentDto.of(p, null))
                            .toList());
        }
    }

    @Schema(name = "DepositSettlement")
    public record SettlementDto(DepositDto deposit, PaymentResource.PaymentDto deduction,
            PaymentResource.PaymentDto refund) {
    }

    @GET
    @Operation(summary = "Deposits of the visible estates, newest first: unitId=, estateId=, state=DUE|HELD|REFUNDED|"
            + "CANCELLED, page=, size=")
    public PageDto<DepositDto> list(@QueryParam("unitId") Long unitId, @QueryParam("estateId") Long estateId,
            @QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(charges.deposits(unitId, estateId, Params.enumOf(Deposit.State.class, state, "state"),
                new PageRequest(page, size)), (Deposit d) -> DepositDto.of(d, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A deposit with its payments: taken, fines paid from it (method DEPOSIT), paid back")
    public DepositDto get(@PathParam("id") long id) {
        ChargeService.DepositView v = charges.deposit(id);
        return DepositDto.of(v.deposit(), v.payments());
    }

    /** A deposit due taken in full at the cashier's desk. */
    public record DepositTakingRequest(PaymentMethod method, String note) {
    }

    /** A held deposit settled (R3.5): bills paid from it, the rest paid back. */
    public record DepositSettlementRequest(
            @Schema(description = "Open bills of the unit to pay from the deposit (fines, damages)")
            List<Long> deductBillIds,
            @Schema(description = "How the rest is paid back; not needed when nothing is left") PaymentMethod method,
            String note, @PositiveOrZero Integer version) {
    }

    @POST
    @Path("/{id}/payments")
    @Operation(summary = "Take a deposit due in full {method: CASH|CARD|TRANSFER|ONLINE, note?} (finance and"
            + " managers); 201 the payment with its receipt number; 409 when it is not due (taken, settled, cancelled)")
    @APIResponse(responseCode = "201", description = "Taken; the deposit is HELD")
    @APIResponse(responseCode = "409", description = "Not due", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response take(@PathParam("id") long id, @Valid DepositTakingRequest body, @Context UriInfo uri) {
        CashierService.Receipt r = deposits.takeDeposit(id, body.method(), body.note());
        return Response.created(uri.getBaseUriBuilder().path("payments").path(Long.toString(r.payment().getId()))
                .build()).entity(PaymentResource.PaymentDto.of(r)).build();
    }

    @POST
    @Path("/{id}/settlement")
    @Operation(summary = "Settle a held deposit (R3.5) {deductBillIds?: open bills of the unit to pay from it (fines,"
            + " damages), method (how the rest is paid back; not needed when nothing is left), note?, version?}:"
            + " 200 {deposit (REFUNDED, deducted, refunded), deduction (payment of method DEPOSIT or null), refund"
            + " (payment of the negative amount or null)}; 409 when it is not held or the version is stale")
    @APIResponse(responseCode = "409", description = "Not held, or changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SettlementDto settle(@PathParam("id") long id, @Valid DepositSettlementRequest body) {
        DepositService.Settlement s = deposits.settleDeposit(id,
                body.deductBillIds() == null ? List.of() : body.deductBillIds(), body.method(), body.note(),
                body.version());
        return new SettlementDto(DepositDto.of(s.deposit(), null),
                s.deduction() == null ? null : PaymentResource.PaymentDto.of(s.deduction()),
                s.refund() == null ? null : PaymentResource.PaymentDto.of(s.refund()));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel a deposit not taken yet {version?} (finance and managers); 409 when it is not due")
    public DepositDto cancel(@PathParam("id") long id, @Valid VersionRequest body) {
        return DepositDto.of(charges.cancelDeposit(id, body.version()), null);
    }
}
