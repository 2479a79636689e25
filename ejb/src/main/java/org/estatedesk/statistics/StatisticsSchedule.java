package org.estatedesk.statistics;

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
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.Companies;
import org.estatedesk.jobs.JobSchedule;
import org.estatedesk.jobs.JobSchedules;
import org.estatedesk.security.Roles;

/**
 * Closes the month by itself (R6.2): on the calendar of {@code estatedesk.statistics.schedule} (default the 1st of
 * each month, 04:00 China time; {@code off} turns it off) each company's monthly statistics of the month before are
 * computed. Runs as the scheduler identity like every schedule ({@link JobSchedules}).
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
@PermitAll
public class StatisticsSchedule {
    public static final String CONFIG = "estatedesk.statistics.schedule";
    public static final String DEFAULT = "dayOfMonth=1; hour=4; minute=0; timezone=Asia/Shanghai";
    private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    StatisticsRuns runs;

    @EJB
    JobSchedules schedules;

    @Inject
    EstateRepository estates;

    @PostConstruct
    void schedule() {
        JobSchedule.configured(CONFIG, DEFAULT).ifPresentOrElse(
                when -> timers.createCalendarTimer(when, new TimerConfig(StatisticsRuns.JOB, false)),
                () -> LOG.info("monthly statistics not scheduled (" + CONFIG + "=off)"));
    }

    @Timeout
    void run() {
        schedules.ensureCaller();
        YearMonth month = YearMonth.now(StatisticsRepository.ZONE).minusMonths(1);
        for (Long company : Companies.withEstates(estates)) {
            try {
                StatisticsRunView v = runs.start(company, month, null, null);
                LOG.info(() -> "scheduled statistics run " + v + " of company " + company + " for " + month);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the scheduled statistics run of company " + company + " for " + month
                        + " did not start", e);
            }
        }
    }
}
