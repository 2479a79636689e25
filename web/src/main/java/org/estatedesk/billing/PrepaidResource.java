package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.shared.Money;

/** Prepaid balances of an estate (R4.8): pay every unit's bills from its balance; the balances that ran low. */
@Path("/billing/prepaid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrepaidResource {
    @EJB
    PrepaidService prepaid;

    public record LowDto(long unitId, long estateId, BigDecimal balance) {
        static LowDto of(PrepaidAccount a) {
            return new LowDto(a.getUnitId(), a.getEstateId(), a.getBalance());
        }
    }

    /** The estate whose prepaid balances pay its open bills (R4.8). */
    public record PrepaidDeductionRequest(@NotNull Long estateId) {
    }

    @POST
    @Path("/deductions")
    @Operation(summary = "Pay the open bills of every unit of an estate that has a prepaid balance from it {estateId}"
            + " (finance and managers); 201 {deducted: units, amount}")
    public Response deductAll(@Valid PrepaidDeductionRequest body) {
        List<CashierService.Receipt> receipts = prepaid.deductAll(body.estateId());
        BigDecimal amount = receipts.stream().map(r -> r.payment().getAmount()).reduce(Money.ZERO, BigDecimal::add);
        return Response.status(Response.Status.CREATED).entity(Map.of("deducted", receipts.size(), "amount", amount))
                .build();
    }

    @GET
    @Path("/low")
    @Operation(summary = "Units whose owners were warned that the prepaid balance fell below the company's threshold"
            + " (parameter prepaid.warningThreshold), lowest first: estateId=")
    public List<LowDto> low(@QueryParam("estateId") Long estateId) {
        return prepaid.lowPrepaid(estateId).stream().map(LowDto::of).toList();
    }
}
