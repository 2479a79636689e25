package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageInputs;

/**
 * The billing-run page (R4.3): choose estates and a period, dry run first (totals per estate and item against last
 * month), then the real run; progress with rate and time left; restart a failed run; the run history.
 */
@Named
@ViewScoped
public class BillingRunsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    BillingRuns runs;

    @EJB
    EstateService estateService;

    @EJB
    LateFeeRuns lateFees;

    private List<Estate> estates = List.of();
    private List<BillingRunView> recent = List.of();
    private List<Long> estateIds = new ArrayList<>();
    private String period;
    private boolean dryRun = true;
    private BillingRunView selected;
    private MissingReadings.Missing missing;

    @EJB
    MissingReadings missingReadings;
    private List<BillingRunView.Comparison> comparison = List.of();
    private List<LateFeeRuns.View> lateFeeRuns = List.of();
    private java.time.LocalDate asOf;

    @PostConstruct
    void init() {
        period = YearMonth.now(clock.withZone(zones.zone())).toString();
        asOf = LocalDate.now(clock.withZone(zones.zone()));
        estates = estateService.visibleEstates();
        FacesMessages.refusalShown(this::refresh);
    }

    public void refresh() {
        recent = runs.recent(50);
        lateFeeRuns = lateFees.recent(10);
        if (selected != null) {
            select(selected.id());
        }
    }

    public void start() {
        YearMonth month = PageInputs.month(period, "period");
        Long company = estateIds.isEmpty() ? null : estate(estateIds.get(0)).getCompanyId();
        BillingRunView run = runs.start(company, estateIds, month, dryRun, null, null);
        FacesMessages.info(dryRun ? "billing.run.dryStarted" : "billing.run.started", run.id(), run.unitsTotal());
        selected = run;
        refresh();
    }

    public void select(long id) {
        selected = runs.run(id);
        comparison = runs.comparison(id);
        // counted once the run has finished, not on every poll of a running one
        missing = selected.job().isRunning() ? null : missingReadings.of(id);
    }

    /** The readings the selected run's period misses (issue 20), null before a run is selected. */
    public MissingReadings.Missing getMissing() {
        return missing;
    }

    public void restart(long id) {
        runs.restart(id);
        FacesMessages.info("billing.run.restarted", id);
        refresh();
    }

    public void stop(long id) {
        runs.stop(id);
        FacesMessages.info("billing.run.stopping", id);
        refresh();
    }

    /** Cancels an ended run none of whose bills is paid (after the page's confirmation): its bills are deleted. */
    public void cancel(long id) {
        BillingRunView run = runs.cancel(id);
        FacesMessages.info("billing.run.cancelled", id, run.billsCancelled());
        refresh();
    }

    /** Charges late fees up to the chosen day (R4.5). */
    public void startLateFees() {
        Long company = estates.isEmpty() ? null : estates.get(0).getCompanyId();
        LateFeeRuns.View run = lateFees.start(company, asOf);
        FacesMessages.info("lateFee.started", run.job().id(), run.job().itemsTotal());
        refresh();
    }

    /** Starts the real run with the selected dry run's estates and period. */
    public void confirmDryRun() {
        if (selected == null || !selected.dryRun()) {
            return;
        }
        estateIds = new ArrayList<>(selected.estateIds());
        period = selected.period().toString();
        dryRun = false;
        try {
            start();
        } finally {
            // the switch goes back to the safe default: the next start is a dry run again unless switched off
            dryRun = true;
        }
    }

    public boolean isAnyRunning() {
        return recent.stream().anyMatch(r -> r.job().isRunning())
                || lateFeeRuns.stream().anyMatch(r -> r.job().isRunning());
    }

    /** Units per second so far. */
    public long rate(BillingRunView r) {
        Duration d = elapsed(r);
        return d.toMillis() <= 0 ? 0 : r.unitsBilled() * 1000 / d.toMillis();
    }

    /** Seconds left at the rate so far, or -1 when unknown. */
    public long secondsLeft(BillingRunView r) {
        long rate = rate(r);
        return !r.job().isRunning() || rate == 0 ? -1 : Math.max(0, r.unitsTotal() - r.unitsBilled()) / rate;
    }

    private Duration elapsed(BillingRunView r) {
        OffsetDateTime from = r.job().startedAt();
        if (from == null) {
            return Duration.ZERO;
        }
        OffsetDateTime to = r.job().endedAt() != null && !r.job().isRunning() ? r.job().endedAt() : OffsetDateTime.now(clock);
        return Duration.between(from, to);
    }

    /** The run's estates by name, the first three and how many more. */
    public String estateNames(BillingRunView r) {
        List<Long> ids = r.estateIds();
        String names = String.join("、", ids.stream().limit(3).map(this::estateName).toList());
        return ids.size() > 3 ? names + " +" + (ids.size() - 3) : names;
    }

    public String estateName(long id) {
        return estates.stream().filter(e -> e.getId() == id).map(Estate::getName).findFirst().orElse("#" + id);
    }

    private Estate estate(long id) {
        return estates.stream().filter(e -> e.getId() == id).findFirst()
                .orElseThrow(() -> new org.estatedesk.shared.NotFoundException("estate", id));
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<BillingRunView> getRecent() {
        return recent;
    }

    public List<Long> getEstateIds() {
        return estateIds;
    }

    public void setEstateIds(List<Long> estateIds) {
        this.estateIds = estateIds == null ? new ArrayList<>() : new ArrayList<>(estateIds);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public List<LateFeeRuns.View> getLateFeeRuns() {
        return lateFeeRuns;
    }

    public java.time.LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(java.time.LocalDate asOf) {
        this.asOf = asOf;
    }

    public BillingRunView getSelected() {
        return selected;
    }

    public List<BillingRunView.Comparison> getComparison() {
        return comparison;
    }
}
