package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.Companies;
import org.estatedesk.jobs.JobSchedule;
import org.estatedesk.jobs.JobSchedules;
import org.estatedesk.security.Roles;

/**
 * Runs the late-fee job by itself every day (R4.5: "computed by the batch"): on the calendar of
 * {@code estatedesk.billing.lateFeeSchedule} (default 03:00 China time; {@code off} turns it off) each company's
 * overdue bills are charged for the day. Runs as the scheduler identity like every schedule ({@link JobSchedules});
 * a company whose run of the day cannot start (already running) is logged and skipped.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
@PermitAll
public class LateFeeSchedule {
    public static final String CONFIG = "estatedesk.billing.lateFeeSchedule";
    public static final String DEFAULT = "hour=3; minute=0; timezone=Asia/Shanghai";
    private static final Logger LOG = Logger.getLogger(LateFeeSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    LateFeeRuns runs;

    @EJB
    JobSchedules schedules;

    @Inject
    EstateRepository estates;

    @PostConstruct
    void schedule() {
        JobSchedule.configured(CONFIG, DEFAULT).ifPresentOrElse(
                when -> timers.createCalendarTimer(when, new TimerConfig(LateFeeRuns.JOB, false)),
                () -> LOG.info("late fees not scheduled (" + CONFIG + "=off)"));
    }

    @Timeout
    void run() {
        schedules.ensureCaller();
        for (Long company : Companies.withEstates(estates)) {
            try {
                LateFeeRuns.View v = runs.start(company, null);
                LOG.info(() -> "scheduled late-fee run " + v.job().id() + " of company " + company);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the scheduled late-fee run of company " + company + " did not start", e);
            }
        }
    }
}
