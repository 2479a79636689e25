package org.estatedesk.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.billing.BillingRepository;
import org.estatedesk.billing.CashierService;

/** A unit's account: what it owes (R4.4, R4.5). */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitAccountResource {
    @EJB
    CashierService cashier;

    public record BalanceDto(long unitId, BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees) {
    }

    @GET
    @Path("/{id}/balance")
    @Operation(summary = "What a unit owes: outstanding principal, the overdue part of it, unpaid late fees")
    public BalanceDto balance(@PathParam("id") long id) {
        BillingRepository.Balance b = cashier.balance(id);
        return new BalanceDto(id, b.outstanding(), b.overdue(), b.lateFees());
    }
}
