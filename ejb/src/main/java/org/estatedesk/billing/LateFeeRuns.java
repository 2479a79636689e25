package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.estatedesk.jobs.JobRun;
import org.estatedesk.jobs.JobRunService;
import org.estatedesk.jobs.JobRunView;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.Money;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Late-fee runs (R4.5) as a batch job: every unpaid bill of a company past its due date and the grace period is
 * charged the daily rate on its principal for the days not charged yet, up to a day. The company's parameters
 * (lateFee.dailyRate, lateFee.graceDays) are read when the run starts and recorded with it. Running the same day
 * again charges nothing; a failed run restarts after its last chunk.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class LateFeeRuns {
    public static final String JOB = "late-fees";

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    BillRepository billRepository;

    @Inject
    BillingRunRepository billingRunRepository;

    @Inject
    CallerContext caller;

    @EJB
    ParameterService parameters;

    @EJB
    JobRunService runs;

    /** A run: the job's state and progress, the bills charged and the amount. */
    public record View(JobRunView job, LocalDate asOf, long bills, BigDecimal amount) {
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public View start(Long companyId, LocalDate asOf) {
        long company = caller.company(companyId);
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new RuleViolationException("error.lateFee.future", "asOf", day.toString());
        }
        int grace = parameters.integer(company, ParameterKey.LATE_FEE_GRACE_DAYS);
        BigDecimal rate = parameters.decimal(company, ParameterKey.LATE_FEE_DAILY_RATE);
        LocalDate dueBefore = day.minusDays(grace);
        Properties p = new Properties();
        p.setProperty("companyId", Long.toString(company));
        p.setProperty("asOf", day.toString());
        p.setProperty("graceDays", Integer.toString(grace));
        p.setProperty("dailyRate", rate.toPlainString());
        JobRun run = runs.start(JOB, company, null, billRepository.countOverdueBills(company, dueBefore),
                day + ": " + rate.toPlainString() + "/day after " + grace + " days", p);
        return view(runs.run(run.getId()), day);
    }

    @RolesAllowed(Roles.STAFF)
    public View run(long id) {
        JobRunView job = runs.run(id);
        if (!JOB.equals(job.jobName())) {
            throw new NotFoundException("lateFeeRun", id);
        }
        return view(job, null);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public View restart(long id) {
        run(id);
        return view(runs.restart(id), null);
    }

    @RolesAllowed(Roles.STAFF)
    public List<View> recent(int max) {
        return runs.runs(JOB, max).stream().map(j -> view(j, null)).toList();
    }

    private View view(JobRunView job, LocalDate asOf) {
        List<RunTotals.Estate> totals = billingRunRepository.runEstates(job.id());
        LocalDate day = asOf;
        if (day == null && job.description() != null && job.description().length() >= 10) {
            try {
                day = LocalDate.parse(job.description().substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                day = null;
            }
        }
        return new View(job, day, totals.stream().mapToLong(RunTotals.Estate::bills).sum(),
                totals.stream().map(RunTotals.Estate::amount).reduce(Money.ZERO, BigDecimal::add));
    }
}
