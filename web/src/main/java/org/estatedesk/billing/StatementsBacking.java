package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.model.StreamedContent;

/** Finance statements (R4.7): income of a month, arrears ageing, collection rate; each exports to Excel. */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "form";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @EJB
    StatementService statements;

    @EJB
    EstateService estateService;

    private Long companyId;
    private String period = YearMonth.now(ZONE).toString();
    private LocalDate asOf = LocalDate.now(ZONE);
    private String from = YearMonth.now(ZONE).minusMonths(5).toString();
    private String to = YearMonth.now(ZONE).toString();
    private List<StatementService.Income> income = List.of();
    private List<StatementService.Ageing> ageing = List.of();
    private List<StatementService.Collection> collection = List.of();

    @PostConstruct
    void init() {
        List<Estate> estates = estateService.visibleEstates();
        companyId = estates.isEmpty() ? null : estates.get(0).getCompanyId();
        if (companyId != null) {
            loadIncome();
            loadAgeing();
            loadCollection();
        }
    }

    public void loadIncome() {
        try {
            income = statements.income(companyId, month(period, "period"));
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    public void loadAgeing() {
        try {
            ageing = statements.ageing(companyId, asOf);
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    public void loadCollection() {
        try {
            collection = statements.collection(companyId, month(from, "from"), month(to, "to"));
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", field, value);
        }
    }

    public StreamedContent exportIncome() {
        return Spreadsheet.of("income-" + period + ".xlsx", "statement.income", List.of("tasks.estate",
                "payment.method.CASH", "payment.method.CARD", "payment.method.TRANSFER", "payment.method.ONLINE",
                "payment.method.DEPOSIT", "cashier.count", "cashier.closingTotal"), income.stream()
                .map(i -> new Object[] {i.estate().getName(), i.byMethod().get(PaymentMethod.CASH),
                    i.byMethod().get(PaymentMethod.CARD), i.byMethod().get(PaymentMethod.TRANSFER),
                    i.byMethod().get(PaymentMethod.ONLINE), i.byMethod().get(PaymentMethod.DEPOSIT), i.payments(),
                    i.total()}).toList());
    }

    public StreamedContent exportAgeing() {
        return Spreadsheet.of("ageing-" + asOf + ".xlsx", "statement.ageing", List.of("tasks.estate",
                "statement.notDue", "statement.days0to30", "statement.days31to90", "statement.days91to180",
                "statement.over180", "statement.total", "balance.lateFees"), ageing.stream().map(a -> new Object[] {
                    a.estate().getName(), a.notDue(), a.upTo30(), a.upTo90(), a.upTo180(), a.over180(), a.total(),
                    a.lateFees()}).toList());
    }

    public StreamedContent exportCollection() {
        return Spreadsheet.of("collection-" + from + "-" + to + ".xlsx", "statement.collection", List.of(
                "tasks.estate", "billing.period", "billing.bills", "statement.billed", "statement.collected",
                "statement.rate"), collection.stream().map(c -> new Object[] {c.estate().getName(),
                    c.period().toString(), c.bills(), c.billed(), c.collected(), c.rate()}).toList());
    }

    public List<StatementService.Income> getIncome() {
        return income;
    }

    public List<StatementService.Ageing> getAgeing() {
        return ageing;
    }

    public List<StatementService.Collection> getCollection() {
        return collection;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
