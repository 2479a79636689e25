package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.estatedesk.estates.Companies;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.JobSchedule;
import org.estatedesk.jobs.JobScheduler;
import org.estatedesk.jobs.ScheduledJob;
import org.estatedesk.shared.Zones;

/**
 * Runs the late-fee job by itself every day (R4.5: "computed by the batch"): on the calendar of
 * {@code estatedesk.billing.lateFeeSchedule} (default 03:00 China time; {@code off} turns it off) each company's
 * overdue bills are charged for the day. Driven by {@link JobScheduler} as the scheduler identity like every
 * schedule; a company whose run of the day cannot start (already running) is logged and skipped.
 */
@ApplicationScoped
public class LateFeeSchedule implements ScheduledJob {
    public static final String CONFIG = "estatedesk.billing.lateFeeSchedule";
    public static final String DEFAULT = "hour=3; minute=0; timezone=" + Zones.DEFAULT_ZONE.getId();
    private static final Logger LOG = Logger.getLogger(LateFeeSchedule.class.getName());

    @EJB
    LateFeeRuns runs;

    @Inject
    EstateRepository estates;

    @Override
    public JobSchedule schedule() {
        return new JobSchedule(LateFeeRuns.JOB, CONFIG, DEFAULT);
    }

    @Override
    public void startScheduled() {
        Companies.each(estates, LOG, company -> "the scheduled late-fee run of company " + company + " did not start",
                company -> {
                    LateFeeRuns.View v = runs.start(company, null);
                    LOG.info(() -> "scheduled late-fee run " + v.job().id() + " of company " + company);
                });
    }
}
