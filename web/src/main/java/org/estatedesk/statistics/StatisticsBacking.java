package org.estatedesk.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageInputs;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.model.StreamedContent;

/**
 * The statistics page (R6.1, R6.2): a manager starts the month's run (progress, history, restart like billing); the
 * month's figures per estate with the KPIs against the company's thresholds, bars per estate, an estate's trend over
 * the last twelve months, drill-down to the task list, and the Excel export of the table.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int TREND_MONTHS = 12;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    StatisticsRuns runs;

    @EJB
    StatisticsService statistics;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private List<StatisticsRunView> recent = List.of();
    private String period;
    private YearMonth shown;
    private List<EstateFigures> figures = List.of();
    private final Map<Long, StatisticsService.Thresholds> thresholds = new HashMap<>();
    private Long trendEstateId;
    private List<EstateFigures> trend = List.of();

    @PostConstruct
    void init() {
        // the latest month with figures; before the first run the month just ended, ready to be run
        period = statistics.latestMonth()
                .orElseGet(() -> StatisticsMonths.previous(LocalDate.now(clock.withZone(zones.zone())))).toString();
        estates = estateService.visibleEstates();
        FacesMessages.refusalShown(this::refresh);
    }

    /** The runs, and the figures of the month shown (they change when a run of it completes). */
    public void refresh() {
        try {
            recent = runs.recent(20);
        } finally {
            load(); // the figures, even when the runs may not be read
        }
    }

    /** Shows the chosen month's figures. */
    public void load() {
        YearMonth month = PageInputs.month(period, "period");
        figures = statistics.month(month);
        shown = month;
        if (trendEstateId == null && !figures.isEmpty()) {
            trendEstateId = figures.get(0).estateId();
        }
        loadTrend();
    }

    public void loadTrend() {
        if (trendEstateId == null || shown == null) {
            trend = List.of();
            return;
        }
        trend = statistics.trend(trendEstateId, shown, TREND_MONTHS);
    }

    /** Starts the run of the chosen month for the caller's company. */
    public void start() {
        YearMonth month = PageInputs.month(period, "period");
        Long company = estates.isEmpty() ? null : estates.get(0).getCompanyId();
        StatisticsRunView run = runs.start(company, month, null, null);
        FacesMessages.info("statistics.run.started", run.id(), run.job().itemsTotal());
        refresh();
    }

    public void restart(long id) {
        runs.restart(id);
        FacesMessages.info("billing.run.restarted", id);
        refresh();
    }

    public boolean isAnyRunning() {
        return recent.stream().anyMatch(r -> r.job().isRunning());
    }

    private StatisticsService.Thresholds thresholds(long companyId) {
        return thresholds.computeIfAbsent(companyId, statistics::thresholds);
    }

    /** Whether the estate's complaint rate is over the goal (false outside a row: the column's header asks too). */
    public boolean complaintBreached(EstateFigures e) {
        return e != null && MonthlyFigures.breaches(e.figures().complaintPermille(),
                thresholds(e.figures().companyId()).complaintPermille());
    }

    public boolean violationBreached(EstateFigures e) {
        return e != null && MonthlyFigures.breaches(e.figures().violationPermille(),
                thresholds(e.figures().companyId()).violationPermille());
    }

    /** On-time rates of the four tiers, "general / complex / difficult / special", a dash where none completed. */
    public String tierRates(EstateFigures e) {
        if (e == null) {
            return "";
        }
        return String.join(" / ", java.util.Arrays.stream(org.estatedesk.servicedesk.SlaTier.values())
                .map(t -> e.figures().onTimeRate(t.name())).map(r -> r == null ? "—" : r.toPlainString()).toList());
    }

    public BigDecimal complaintThreshold(EstateFigures e) {
        return e == null ? null : thresholds(e.figures().companyId()).complaintPermille();
    }

    public BigDecimal violationThreshold(EstateFigures e) {
        return e == null ? null : thresholds(e.figures().companyId()).violationPermille();
    }

    /** Chart.js configuration of the bars per estate: requests, completed, effective complaints. */
    public String getBarChart() {
        return StatisticsCharts.bars(figures);
    }

    /** Chart.js configuration of the chosen estate's trend over the last twelve months. */
    public String getTrendChart() {
        return StatisticsCharts.trend(shown, TREND_MONTHS, trend);
    }

    /** The table of the month as an Excel sheet. */
    public StreamedContent export() {
        List<Object[]> rows = new ArrayList<>();
        for (EstateFigures e : figures) {
            MonthlyFigures f = e.figures();
            rows.add(new Object[] {e.estateCode() + " " + e.estateName(), f.period().toString(), f.units(),
                f.receptions(), f.requests(), f.completed(), f.onTimeRate(), f.onTimeRate("GENERAL"),
                f.onTimeRate("COMPLEX"), f.onTimeRate("DIFFICULT"), f.onTimeRate("SPECIAL"),
                f.averageHandlingMinutes(), f.callbackRate(), f.satisfactionRate(), f.escalations(), f.complaints(),
                f.complaintPermille(), f.violationPermille(), f.billed(), f.collected(), f.collectionRate(),
                f.arrears(), e.revision()});
        }
        return Spreadsheet.of("statistics-" + (shown == null ? period : shown) + ".xlsx", "statistics.title",
                List.of("tasks.estate", "billing.period", "statistics.units", "statistics.receptions",
                        "statistics.requests", "statistics.completed", "statistics.onTimeRate",
                        "statistics.onTime.GENERAL", "statistics.onTime.COMPLEX", "statistics.onTime.DIFFICULT",
                        "statistics.onTime.SPECIAL", "statistics.handlingMinutes", "statistics.callbackRate",
                        "statistics.satisfactionRate", "statistics.escalations", "statistics.complaints",
                        "statistics.complaintPermille", "statistics.violationPermille", "statistics.billed",
                        "statistics.collected", "statistics.collectionRate", "statistics.arrears",
                        "statistics.revision"), rows);
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<StatisticsRunView> getRecent() {
        return recent;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public YearMonth getShown() {
        return shown;
    }

    /** The shown month's first day ({@code yyyy-MM-dd}): the drill-down opens the task list from it … */
    public String getShownFrom() {
        return shown == null ? null : shown.atDay(1).toString();
    }

    /** … to its last day (inclusive, days of the company's zone as the statistics count them). */
    public String getShownTo() {
        return shown == null ? null : shown.atEndOfMonth().toString();
    }

    /**
     * A KPI of the shown month over all shown estates against its threshold (R6.2's gauges): complaints per mille
     * of the units (≤ 5 ‰), violations per mille of the units under decoration (≤ 3 ‰), facilities in good order
     * (≥ 98 %, no source yet: facility patrols are not recorded). {@code fill} is the gauge's share of twice the
     * threshold, 0–100.
     */
    public record Kpi(String key, BigDecimal value, BigDecimal threshold, String unit, boolean atMost, boolean breached,
            int fill) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public List<Kpi> getKpis() {
        if (figures.isEmpty()) {
            return List.of();
        }
        long units = 0;
        long complaints = 0;
        long violations = 0;
        long decorating = 0;
        for (EstateFigures e : figures) {
            units += e.figures().units();
            complaints += e.figures().complaints();
            violations += e.figures().violations() == null ? 0 : e.figures().violations();
            decorating += e.figures().unitsDecorating() == null ? 0 : e.figures().unitsDecorating();
        }
        StatisticsService.Thresholds t = thresholds(figures.get(0).figures().companyId());
        return List.of(kpi("statistics.kpi.complaints", Rates.permille(complaints, units), t.complaintPermille(), "‰"),
                kpi("statistics.kpi.violations", Rates.permille(violations, decorating), t.violationPermille(), "‰"),
                new Kpi("statistics.kpi.facilities", null, new BigDecimal("98"), "%", false, false, 0));
    }

    private static Kpi kpi(String key, BigDecimal value, BigDecimal threshold, String unit) {
        boolean breached = value != null && value.compareTo(threshold) > 0;
        int fill = value == null || threshold.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(50))
                .divide(threshold, 0, java.math.RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)).intValue();
        return new Kpi(key, value, threshold, unit, true, breached, fill);
    }

    public List<EstateFigures> getFigures() {
        return figures;
    }

    public Long getTrendEstateId() {
        return trendEstateId;
    }

    public void setTrendEstateId(Long trendEstateId) {
        this.trendEstateId = trendEstateId;
    }

    public List<EstateFigures> getTrend() {
        return trend;
    }
}
