package org.estatedesk.statistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.logging.Logger;
import org.estatedesk.estates.Companies;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.JobSchedule;
import org.estatedesk.jobs.JobScheduler;
import org.estatedesk.jobs.ScheduledJob;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.Zones;

/**
 * Closes the month by itself (R6.2): on the calendar of {@code estatedesk.statistics.schedule} (default the 1st of
 * each month, 04:00 China time; {@code off} turns it off) each company's monthly statistics of the month before are
 * computed. Driven by {@link JobScheduler} as the scheduler identity like every schedule; a company whose run cannot
 * start is logged and skipped.
 */
@ApplicationScoped
public class StatisticsSchedule implements ScheduledJob {
    public static final String CONFIG = "estatedesk.statistics.schedule";

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;
    public static final String DEFAULT = "dayOfMonth=1; hour=4; minute=0; timezone=" + Zones.DEFAULT_ZONE.getId();
    private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

    @EJB
    StatisticsRuns runs;

    @Inject
    EstateRepository estates;

    @Override
    public JobSchedule schedule() {
        return new JobSchedule(StatisticsRuns.JOB, CONFIG, DEFAULT);
    }

    @Override
    public void startScheduled() {
        YearMonth month = YearMonth.now(clock.withZone(zones.zone())).minusMonths(1);
        Companies.each(estates, LOG, company -> "the scheduled statistics run of company " + company + " for " + month
                + " did not start", company -> {
                    StatisticsRunView v = runs.start(company, month, null, null);
                    LOG.info(() -> "scheduled statistics run " + v + " of company " + company + " for " + month);
                });
    }
}
