package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageInputs;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Finance statements (R4.7): income of a month, arrears ageing, collection rate; each exports to Excel and PDF. */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    StatementService statements;

    @EJB
    EstateService estateService;

    @Inject
    transient StatementPdf pdfs;

    private Long companyId;
    private String period;
    private LocalDate asOf;
    private String from;
    private String to;
    private List<StatementService.Income> income = List.of();
    private List<StatementService.Ageing> ageing = List.of();
    private List<StatementService.Collection> collection = List.of();

    @PostConstruct
    void init() {
        period = YearMonth.now(clock.withZone(zones.zone())).toString();
        asOf = LocalDate.now(clock.withZone(zones.zone()));
        from = YearMonth.now(clock.withZone(zones.zone())).minusMonths(5).toString();
        to = YearMonth.now(clock.withZone(zones.zone())).toString();
        List<Estate> estates = estateService.visibleEstates();
        companyId = estates.isEmpty() ? null : estates.get(0).getCompanyId();
        if (companyId != null) {
            FacesMessages.refusalShown(this::loadIncome);
            FacesMessages.refusalShown(this::loadAgeing);
            FacesMessages.refusalShown(this::loadCollection);
        }
    }

    public void loadIncome() {
        income = statements.income(companyId, PageInputs.month(period, "period"));
    }

    public void loadAgeing() {
        ageing = statements.ageing(companyId, asOf);
    }

    public void loadCollection() {
        collection = statements.collection(companyId, PageInputs.month(from, "from"), PageInputs.month(to, "to"));
    }

    public StreamedContent exportIncome() {
        return excel(StatementTable.income(period, income));
    }

    public StreamedContent exportAgeing() {
        return excel(StatementTable.ageing(asOf.toString(), ageing));
    }

    public StreamedContent exportCollection() {
        return excel(StatementTable.collection(from, to, collection));
    }

    public StreamedContent incomePdf() {
        return pdf(StatementTable.income(period, income));
    }

    public StreamedContent ageingPdf() {
        return pdf(StatementTable.ageing(asOf.toString(), ageing));
    }

    public StreamedContent collectionPdf() {
        return pdf(StatementTable.collection(from, to, collection));
    }

    private static StreamedContent excel(StatementTable t) {
        return Spreadsheet.of(t.fileStem() + ".xlsx", t.titleKey(), t.headerKeys(), t.rows());
    }

    private StreamedContent pdf(StatementTable t) {
        byte[] bytes = pdfs.render(t, FacesMessages.locale());
        return DefaultStreamedContent.builder().name(StatementPdf.fileName(t)).contentType(PdfDocument.MEDIA_TYPE)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
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
