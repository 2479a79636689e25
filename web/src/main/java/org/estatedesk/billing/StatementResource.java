package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.api.JsonFields;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.RuleViolationException;

/** Finance statements (R4.7): income per estate, arrears ageing, collection rate per estate and month. */
@Path("/billing/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    StatementService statements;

    @Inject
    StatementPdf pdfs;

    /** The statements' PDFs from the API are in Chinese, like the receipts. */
    private static final Locale PDF_LOCALE = Locale.SIMPLIFIED_CHINESE;

    public record IncomeDto(long estateId, String estate, Map<PaymentMethod, BigDecimal> byMethod, long payments,
            BigDecimal total) {
    }

    public record AgeingDto(long estateId, String estate, BigDecimal notDue, BigDecimal days0to30,
            BigDecimal days31to90, BigDecimal days91to180, BigDecimal over180, BigDecimal total, BigDecimal lateFees) {
    }

    public record CollectionDto(long estateId, String estate, String period, long bills, BigDecimal billed,
            BigDecimal collected, BigDecimal rate) {
    }

    @GET
    @Path("/income")
    @Operation(summary = "Payments per estate and method in a month (reversals negative): period=2026-11, companyId=")
    public List<IncomeDto> income(@QueryParam("period") String period, @QueryParam("companyId") Long companyId) {
        YearMonth month = period == null || period.isBlank() ? YearMonth.now(clock.withZone(zones.zone()))
                : JsonFields.period(period, "period");
        return statements.income(companyId, month).stream().map(i -> new IncomeDto(i.estate().getId(),
                i.estate().getName(), i.byMethod(), i.payments(), i.total())).toList();
    }

    @GET
    @Path("/ageing")
    @Operation(summary = "Unpaid principal per estate by days past due (0-30, 31-90, 91-180, >180) on a day: asOf=,"
            + " companyId=")
    public List<AgeingDto> ageing(@QueryParam("asOf") String asOf, @QueryParam("companyId") Long companyId) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", "asOf", asOf);
        }
        return statements.ageing(companyId, day).stream().map(a -> new AgeingDto(a.estate().getId(),
                a.estate().getName(), a.notDue(), a.upTo30(), a.upTo90(), a.upTo180(), a.over180(), a.total(),
                a.lateFees())).toList();
    }

    @GET
    @Path("/collection")
    @Operation(summary = "Billed, collected and the collection rate (%) per estate and billing month: from=2026-01,"
            + " to=2026-11, companyId=")
    public List<CollectionDto> collection(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("companyId") Long companyId) {
        YearMonth now = YearMonth.now(clock.withZone(zones.zone()));
        YearMonth end = to == null || to.isBlank() ? now : JsonFields.period(to, "to");
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : JsonFields.period(from, "from");
        return statements.collection(companyId, start, end).stream().map(c -> new CollectionDto(c.estate().getId(),
                c.estate().getName(), c.period().toString(), c.bills(), c.billed(), c.collected(), c.rate()))
                .toList();
    }

    @GET
    @Path("/income.pdf")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The month's income statement as a PDF (R4.7, in Chinese): period=2026-11, companyId=")
    public Response incomePdf(@QueryParam("period") String period, @QueryParam("companyId") Long companyId) {
        YearMonth month = period == null || period.isBlank() ? YearMonth.now(clock.withZone(zones.zone()))
                : JsonFields.period(period, "period");
        return pdf(StatementTable.income(month.toString(), statements.income(companyId, month)));
    }

    @GET
    @Path("/ageing.pdf")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The arrears ageing as a PDF (R4.7, in Chinese): asOf=, companyId=")
    public Response ageingPdf(@QueryParam("asOf") String asOf, @QueryParam("companyId") Long companyId) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? LocalDate.now(clock.withZone(zones.zone()))
                    : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", "asOf", asOf);
        }
        return pdf(StatementTable.ageing(day.toString(), statements.ageing(companyId, day)));
    }

    @GET
    @Path("/collection.pdf")
    @Produces(PdfDocument.MEDIA_TYPE)
    @Operation(summary = "The collection rate per estate and month as a PDF (R4.7, in Chinese): from=, to=, companyId=")
    public Response collectionPdf(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("companyId") Long companyId) {
        YearMonth now = YearMonth.now(clock.withZone(zones.zone()));
        YearMonth end = to == null || to.isBlank() ? now : JsonFields.period(to, "to");
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : JsonFields.period(from, "from");
        return pdf(StatementTable.collection(start.toString(), end.toString(),
                statements.collection(companyId, start, end)));
    }

    private Response pdf(StatementTable t) {
        return Response.ok(pdfs.render(t, PDF_LOCALE), PdfDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + StatementPdf.fileName(t) + "\"").build();
    }
}
