package org.estatedesk.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.billing.BillingRepository;
import org.estatedesk.billing.CashierService;
import org.estatedesk.billing.PrepaidEntry;

/** A unit's account: what it owes (R4.4, R4.5). */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitAccountResource {
    @EJB
    CashierService cashier;

    public record BalanceDto(long unitId, BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees,
            BigDecimal prepaid) {
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
        BillingRepository.Balance b = cashier.balance(id);
        return new BalanceDto(id, b.outstanding(), b.overdue(), b.lateFees(),
                cashier.prepaid(id).account().getBalance());
    }

    @GET
    @Path("/{id}/prepaid")
    @Operation(summary = "A unit's prepaid account (R4.8): balance, the company's warning threshold, whether it is"
            + " below it, and every deposit, deduction and reversal, newest first")
    public PrepaidDto prepaid(@PathParam("id") long id) {
        CashierService.Prepaid p = cashier.prepaid(id);
        return new PrepaidDto(id, p.account().getBalance(), p.threshold(), p.low(), p.account().isWarned(),
                p.entries().stream().map(PrepaidEntryDto::of).toList());
    }

    @POST
    @Path("/{id}/prepaid/deductions")
    @Operation(summary = "Pay the unit's open bills (oldest first, then late fees) from its prepaid balance (finance and"
            + " managers); 201 the payment (method PREPAID) with its allocations; nothing to pay or no balance: 400")
    public Response deduct(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(PaymentResource.PaymentDto.of(cashier.deduct(id)))
                .build();
    }
}
