package org.estatedesk.statistics;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.JobParameters;
import org.estatedesk.jobs.JobRun;
import org.estatedesk.jobs.JobRunService;
import org.estatedesk.jobs.JobRunView;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Monthly-statistics runs (R6.2) as a Jakarta Batch job: every estate of a company gets its snapshot of the month,
 * replacing the one before. Started by managers only; a failed or stopped run restarts after its last chunk of
 * estates, and running the month again gives the same snapshots while the data has not changed.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.STAFF})
public class StatisticsRuns {
    public static final String JOB = "monthly-statistics";

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;
    /** Test switch: with this configuration true a run may be asked to fail after some estates (first execution). */
    static final String FAULT_INJECTION = "estatedesk.statistics.faultInjection";

    @Inject
    StatisticsRepository statistics;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @EJB
    JobRunService runs;

    /**
     * Starts the run of a month for a company (the caller's own when none is named). Refused (409) while another
     * run of the same company and month is under way.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public StatisticsRunView start(Long companyId, YearMonth period, Integer chunkSize, Long failAfterEstates) {
        StatisticsMonths.requirePossible(period, LocalDate.now(clock.withZone(zones.zone())), "period");
        if (chunkSize != null && (chunkSize < 1 || chunkSize > 1_000)) {
            throw new RuleViolationException("error.param.invalid", "chunkSize", chunkSize);
        }
        if (failAfterEstates != null && !ConfigProvider.getConfig().getOptionalValue(FAULT_INJECTION, Boolean.class)
                .orElse(false)) {
            throw new RuleViolationException("error.billing.noFaultInjection", "failAfterEstates");
        }
        long company = caller.company(companyId);
        List<Estate> chosen = estates.findVisible(caller.scope()).stream().filter(e -> e.getCompanyId() == company)
                .sorted(java.util.Comparator.comparing(Estate::getId)).toList();
        List<Long> ids = chosen.stream().map(Estate::getId).toList();
        if (ids.isEmpty()) {
            throw new RuleViolationException("error.statistics.noEstates", "companyId");
        }
        for (StatisticsRunView other : recent(200)) {
            if (other.job().isRunning() && other.companyId() == company && other.period().equals(period)) {
                throw new ConflictException("error.statistics.running", other.id());
            }
        }
        Properties p = new Properties();
        p.setProperty("period", period.toString());
        p.setProperty("companyId", Long.toString(company));
        JobParameters.put(p, "estateIds", String.join(",", ids.stream().map(String::valueOf).toList()));
        p.setProperty("chunkSize", Integer.toString(chunkSize == null ? 10 : chunkSize));
        if (failAfterEstates != null) {
            p.setProperty("failAfterEstates", Long.toString(failAfterEstates));
        }
        String names = String.join("、", chosen.stream().limit(5).map(Estate::getName).toList())
                + (chosen.size() > 5 ? " …" : "");
        JobRun run = runs.start(JOB, company, null, ids.size(), period + ": " + names, p);
        StatisticsRun request = new StatisticsRun(run.getId(), company, period);
        statistics.store(request);
        return new StatisticsRunView(runs.run(run.getId()), company, period);
    }

    @RolesAllowed(Roles.STAFF)
    public StatisticsRunView run(long id) {
        JobRunView job = runs.run(id);
        StatisticsRun request = statistics.run(id).filter(r -> JOB.equals(job.jobName()))
                .orElseThrow(() -> new NotFoundException("statisticsRun", id));
        return new StatisticsRunView(job, request.getCompanyId(), request.getPeriod());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public StatisticsRunView restart(long id) {
        StatisticsRunView before = run(id);
        return new StatisticsRunView(runs.restart(id), before.companyId(), before.period());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public StatisticsRunView stop(long id) {
        StatisticsRunView before = run(id);
        return new StatisticsRunView(runs.stop(id), before.companyId(), before.period());
    }

    /** The latest runs the caller may see, newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<StatisticsRunView> recent(int max) {
        return runs.runs(JOB, max).stream().flatMap(job -> statistics.run(job.id()).stream()
                .map(r -> new StatisticsRunView(job, r.getCompanyId(), r.getPeriod()))).toList();
    }
}
