package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateChoice;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.JobParameters;
import org.estatedesk.jobs.JobRun;
import org.estatedesk.jobs.JobRunService;
import org.estatedesk.jobs.JobRunView;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * The monthly billing run (R4.3) as a Jakarta Batch job: a dry run that only counts, or the real run that writes
 * one bill per unit and period. A real run skips units billed already, so running a completed period again
 * creates nothing; a failed or stopped run restarts after its last committed chunk.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class BillingRuns {
    public static final String JOB = "billing-run";

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;
    /** Test switch: with this configuration true a run may be asked to fail after some units (first execution). */
    static final String FAULT_INJECTION = "estatedesk.billing.faultInjection";

    @Inject
    BillRepository billRepository;

    @Inject
    BillingRunRepository billingRunRepository;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @EJB
    JobRunService runs;

    /**
     * Starts a run for the chosen estates of a company (all the caller sees when none are chosen) and a period up
     * to next month. A real run is refused (409) while another real run of the same period covers one of the
     * estates.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public BillingRunView start(Long companyId, List<Long> estateIds, YearMonth period, boolean dryRun,
            Integer chunkSize, Long failAfterUnits) {
        return start(companyId, estateIds, period, dryRun, chunkSize, failAfterUnits, null);
    }

    /**
     * As {@link #start(Long, List, YearMonth, boolean, Integer, Long)}, with the units split into {@code partitions}
     * id ranges billed in parallel threads (1 to 8; default 1).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public BillingRunView start(Long companyId, List<Long> estateIds, YearMonth period, boolean dryRun,
            Integer chunkSize, Long failAfterUnits, Integer partitions) {
        if (partitions != null && (partitions < 1 || partitions > 8)) {
            throw new RuleViolationException("error.billing.partitions", "partitions");
        }
        if (period == null) {
            throw new RuleViolationException("error.required", "period");
        }
        if (period.isAfter(YearMonth.now(clock.withZone(zones.zone())).plusMonths(1)) || period.isBefore(YearMonth.of(2000, 1))) {
            throw new RuleViolationException("error.billing.period", "period", period.toString());
        }
        if (chunkSize != null && (chunkSize < 1 || chunkSize > 10_000)) {
            throw new RuleViolationException("error.billing.chunkSize", "chunkSize");
        }
        if (failAfterUnits != null && !ConfigProvider.getConfig().getOptionalValue(FAULT_INJECTION, Boolean.class)
                .orElse(false)) {
            throw new RuleViolationException("error.billing.noFaultInjection", "failAfterUnits");
        }
        EstateChoice choice = EstateChoice.of(estates.findVisible(caller.scope()), companyId, estateIds,
                caller::company, "error.billing.noEstates");
        long company = choice.companyId();
        List<Long> chosen = choice.estateIds();
        Map<Long, Estate> visible = choice.visible();
        if (!dryRun) {
            Set<Long> mine = new HashSet<>(chosen);
            for (JobRunView other : runs.runs(JOB, 200)) {
                BillingRun r = billingRunRepository.billingRun(other.id()).orElse(null);
                if (other.isRunning() && r != null && !r.isDryRun() && r.getPeriod().equals(period)
                        && r.getEstateIds().stream().anyMatch(mine::contains)) {
                    throw new ConflictException("error.billing.running", other.id());
                }
            }
        }
        Properties p = new Properties();
        p.setProperty("period", period.toString());
        p.setProperty("dryRun", Boolean.toString(dryRun));
        JobParameters.put(p, "estateIds", String.join(",", chosen.stream().map(String::valueOf).toList()));
        p.setProperty("chunkSize", Integer.toString(chunkSize == null ? 500 : chunkSize));
        if (failAfterUnits != null) {
            p.setProperty("failAfterUnits", Long.toString(failAfterUnits));
        }
        int parts = partitions == null ? 1 : partitions;
        long[] range = billingRunRepository.unitIdRange(chosen);
        p.setProperty("partitions", Integer.toString(parts));
        JobParameters.put(p, "bounds", BillingParameters.bounds(range[0], range[1], parts));
        long total = billingRunRepository.countUnits(chosen, period, !dryRun);
        String names = String.join("、", chosen.stream().limit(5).map(id -> visible.get(id).getName()).toList())
                + (chosen.size() > 5 ? " …" : "");
        String description = period + (dryRun ? " dry run: " : ": ") + names;
        JobRun run = runs.start(JOB, company, chosen.size() == 1 ? chosen.get(0) : null, total, description, p);
        billingRunRepository.store(new BillingRun(run.getId(), period, dryRun, chosen));
        return view(runs.run(run.getId()), new BillingRun(run.getId(), period, dryRun, chosen));
    }

    @RolesAllowed(Roles.STAFF)
    public BillingRunView run(long id) {
        JobRunView job = runs.run(id);
        BillingRun request = billingRunRepository.billingRun(id).filter(r -> JOB.equals(job.jobName()))
                .orElseThrow(() -> new NotFoundException("billingRun", id));
        return view(job, request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public BillingRunView restart(long id) {
        if (run(id).cancelled()) {
            throw new ConflictException("error.billing.cancelled", id);
        }
        return view(runs.restart(id), billingRunRepository.billingRun(id).orElseThrow());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public BillingRunView stop(long id) {
        run(id);
        return view(runs.stop(id), billingRunRepository.billingRun(id).orElseThrow());
    }

    /**
     * Cancels a real run that has ended (completed, failed or stopped) and none of whose bills has been paid: its
     * bills are deleted, estate by estate, in this one transaction, and the run records who cancelled it. The run's
     * totals stay as its history; the period can be billed again. 409 for a dry run, a running or cancelled run, or
     * when a bill has a payment (reverse the payments first).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public BillingRunView cancel(long id) {
        BillingRunView before = run(id);
        if (before.dryRun()) {
            throw new ConflictException("error.billing.cancelDryRun", id);
        }
        if (before.job().isRunning()) {
            throw new ConflictException("error.billing.cancelRunning", id);
        }
        BillingRun request = billingRunRepository.billingRunForUpdate(id).orElseThrow();
        if (request.isCancelled()) {
            throw new ConflictException("error.billing.cancelled", id);
        }
        long paid = 0;
        for (long estate : request.getEstateIds()) {
            paid += billRepository.runBillsPaid(id, estate, request.getPeriod());
        }
        if (paid > 0) {
            throw new ConflictException("error.billing.cancelPaid", id, paid);
        }
        long bills = 0;
        for (long estate : request.getEstateIds()) {
            bills += billRepository.deleteRunBills(id, estate, request.getPeriod());
        }
        request.cancelled(caller.username(), OffsetDateTime.now(clock.withZone(zones.zone())), bills);
        return view(runs.run(id), request);
    }

    /** The latest runs the caller may see, newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<BillingRunView> recent(int max) {
        List<BillingRunView> result = new ArrayList<>();
        for (JobRunView job : runs.runs(JOB, max)) {
            billingRunRepository.billingRun(job.id()).ifPresent(r -> result.add(view(job, r)));
        }
        return result;
    }

    /**
     * A run's amounts per estate and fee item beside the amounts billed for the month before (the dry run's
     * preview: what changes against last month).
     */
    @RolesAllowed(Roles.STAFF)
    public List<BillingRunView.Comparison> comparison(long id) {
        BillingRunView run = run(id);
        Map<String, RunTotals.Item> previous = new HashMap<>();
        for (RunTotals.Item i : billingRunRepository.billedItems(run.estateIds(), run.period().minusMonths(1))) {
            previous.put(i.estateId() + "/" + i.itemCode(), i);
        }
        List<BillingRunView.Comparison> rows = new ArrayList<>();
        for (RunTotals.Item i : billingRunRepository.runItems(id)) {
            RunTotals.Item before = previous.remove(i.estateId() + "/" + i.itemCode());
            rows.add(new BillingRunView.Comparison(i.estateId(), i.itemCode(), i.itemName(), i.lines(), i.amount(),
                    before == null ? Money.ZERO : before.amount()));
        }
        for (RunTotals.Item gone : previous.values()) {
            rows.add(new BillingRunView.Comparison(gone.estateId(), gone.itemCode(), gone.itemName(), 0, Money.ZERO,
                    gone.amount()));
        }
        rows.sort(java.util.Comparator.comparing(BillingRunView.Comparison::estateId)
                .thenComparing(BillingRunView.Comparison::itemCode));
        return rows;
    }

    private BillingRunView view(JobRunView job, BillingRun request) {
        List<RunTotals.Estate> totals = billingRunRepository.runEstates(job.id());
        long units = totals.stream().mapToLong(RunTotals.Estate::units).sum();
        long bills = totals.stream().mapToLong(RunTotals.Estate::bills).sum();
        BigDecimal amount = totals.stream().map(RunTotals.Estate::amount).reduce(Money.ZERO, BigDecimal::add);
        return new BillingRunView(job, request.getPeriod(), request.isDryRun(), request.getEstateIds(), totals, units,
                bills, amount, request.getCancelledAt(), request.getCancelledBy(), request.getBillsCancelled());
    }
}
