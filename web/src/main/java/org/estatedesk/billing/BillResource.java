package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.JsonFields;
import org.estatedesk.shared.RuleViolationException;

/** Bills (R4.3). */
@Path("/bills")
@Produces(MediaType.APPLICATION_JSON)
public class BillResource {
    @EJB
    CashierService cashier;

    public record LineDto(long id, String item, String itemName, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount, BigDecimal paid) {
        static LineDto of(BillLine l) {
            return new LineDto(l.getId(), l.getItemCode(), l.getItemName(), l.getQuantity(), l.getUnitPrice(),
                    l.getAmount(), l.getPaid());
        }
    }

    /** A bill; kind MONTHLY (the period's bill of the billing run) or CHARGE (a one-off charge, with its description). */
    public record BillDto(long id, long unitId, long estateId, String period, LocalDate issuedOn, LocalDate dueOn,
            List<LineDto> lines, BigDecimal total, BigDecimal paid, BigDecimal lateFee, BigDecimal lateFeePaid,
            String state, String kind, String description) {
        static BillDto of(Bill b) {
            return new BillDto(b.getId(), b.getUnitId(), b.getEstateId(), b.getPeriod().toString(), b.getIssuedOn(),
                    b.getDueOn(), b.getLines().stream().map(LineDto::of).toList(), b.getTotal(), b.getPaid(),
                    b.getLateFee(), b.getLateFeePaid(), b.getState().name(), b.isCharge() ? "CHARGE" : "MONTHLY",
                    b.getDescription());
        }
    }

    @GET
    @Operation(summary = "A unit's bills, newest first: unitId= (required), period=2026-11 (optional); the monthly"
            + " bill of a period (kind MONTHLY) and the one-off charges issued in it (kind CHARGE)")
    public List<BillDto> bills(@QueryParam("unitId") Long unitId, @QueryParam("period") String period) {
        if (unitId == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        return cashier.bills(unitId, JsonFields.period(period, "period")).stream().map(BillDto::of).toList();
    }
}
