package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.estatedesk.api.Problem;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.RuleViolationException;

/** Payments at the cashier's desk (R4.4): allocation oldest first, numbered receipts, reversals, daily closing. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
    @EJB
    CashierService cashier;

    @EJB
    PrepaidService prepaid;

    @Inject
    ReceiptPdf receipts;

    public record AllocationDto(long billId, Long billLineId, String item, BigDecimal amount) {
        static AllocationDto of(PaymentAllocation a) {
            return new AllocationDto(a.getBillId(), a.getBillLineId(), a.getItemCode(), a.getAmount());
        }
    }

    public record PaymentDto(long id, String receiptNumber, long unitId, BigDecimal amount, PaymentMethod method,
            String collector, OffsetDateTime paidAt, Long reversalOf, boolean reversed, String note,
            List<AllocationDto> allocations, boolean prepaid, Long depositId) {
        public static PaymentDto of(Payment p, List<PaymentAllocation> allocations) {
            return new PaymentDto(p.getId(), p.getReceiptNumber(), p.getUnitId(), p.getAmount(), p.getMethod(),
                    p.getCollector(), p.getPaidAt(), p.getReversalOf(), p.isReversed(), p.getNote(),
                    allocations == null ? null : allocations.stream().map(AllocationDto::of).toList(),
                    p.isPrepaid(), p.getDepositId());
        }

        public static PaymentDto of(CashierService.Receipt r) {
            return of(r.payment(), r.allocations());
        }
    }

    public record ClosingDto(String collector, LocalDate day, Map<PaymentMethod, BigDecimal> totals,
            Map<PaymentMethod, Long> counts, BigDecimal total, List<PaymentDto> payments) {
    }

    /** A payment taken at the cashier's desk (R4.4), or a deposit to the unit's prepaid balance (R4.8). */
    public record PaymentRequest(@NotNull Long unitId,
            @Schema(description = "Two decimals at most") BigDecimal amount, PaymentMethod method, String note,
            @Schema(description = "Deposit the amount to the unit's prepaid balance instead") boolean prepaid,
            @Schema(description = "A bill paid first (e.g. a one-off charge), the rest oldest first") Long billId) {
    }

    /** Why a payment is reversed by a counter-entry. */
    public record PaymentReversalRequest(String reason) {
    }

    @POST
    @Operation(summary = "Take a payment {unitId, amount (two decimals at most), method: CASH|CARD|TRANSFER|ONLINE,"
            + " note?, prepaid?, billId?} (finance and managers); 201 {receiptNumber, allocations[{billId, item,"
            + " amount}]}; allocated to the oldest open bills first, or to billId first (e.g. a one-off charge) and"
            + " the rest oldest first; prepaid=true deposits the amount to the unit's prepaid balance (R4.8) instead")
    public Response pay(@Valid PaymentRequest body, @Context UriInfo uri) {
        CashierService.Receipt r = body.prepaid()
                ? prepaid.deposit(body.unitId(), body.amount(), body.method(), body.note())
                : cashier.pay(body.unitId(), body.billId(), body.amount(), body.method(), body.note());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.payment().getId())).build())
                .entity(PaymentDto.of(r)).build();
    }

    @GET
    @Operation(summary = "A unit's payments and reversals, newest first: unitId=")
    public List<PaymentDto> ofUnit(@QueryParam("unitId") Long unitId) {
        if (unitId == null) {
            throw new RuleViolationException("error.required", "unitId");
        }
        return cashier.payments(unitId).stream().map(p -> PaymentDto.of(p, null)).toList();
    }

    @GET
    @Path("/{id}")
    public PaymentDto get(@PathParam("id") long id) {
        return PaymentDto.of(cashier.payment(id));
    }

    @GET
    @Path("/{id}/receipt")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The printed receipt as a PDF (R4.4, in Chinese): number, date, unit, owner, method, the"
            + " allocations, the amount in figures and in capital numerals (大写), the cashier; a counter-entry is"
            + " stamped 红冲, a reversed payment 已冲红. Same visibility as GET /payments/{id}")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(mediaType = PdfDocument.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such payment in the caller's data scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The PDF font is not installed on the server",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response receipt(@PathParam("id") long id) {
        ReceiptDocument r = cashier.receiptDocument(id);
        return Response.ok(receipts.render(r), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + ReceiptPdf.fileName(r) + "\"").build();
    }

    @POST
    @Path("/{id}/reversal")
    @Operation(summary = "Reverse a payment by a counter-entry {reason}; 409 when it was reversed already")
    public Response reverse(@PathParam("id") long id, @Valid PaymentReversalRequest body, @Context UriInfo uri) {
        CashierService.Receipt r = cashier.reverse(id, body.reason());
        return Response.status(201).entity(PaymentDto.of(r)).build();
    }

    @GET
    @Path("/closing")
    @Operation(summary = "A collector's takings of a day by method (日收日清): collector= (default: the caller),"
            + " day=2026-11-23 (default: today), companyId=")
    public ClosingDto closing(@QueryParam("collector") String collector, @QueryParam("day") String day,
            @QueryParam("companyId") Long companyId) {
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? null : LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", "day", day);
        }
        CashierService.Closing c = cashier.closing(collector, date, companyId);
        return new ClosingDto(c.collector(), c.day(), c.byMethod(), c.counts(), c.total(),
                c.payments().stream().map(p -> PaymentDto.of(p, null)).toList());
    }
}
