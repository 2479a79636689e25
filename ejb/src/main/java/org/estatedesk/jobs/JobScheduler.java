package org.estatedesk.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.estatedesk.shared.Roles;

/**
 * The one timer bean of the application: at start-up one calendar timer (not persistent) per {@link ScheduledJob}
 * whose {@link JobSchedule} is not {@code off}, the job's name as the timer's info; when a timer fires, that job's
 * {@link ScheduledJob#startScheduled}. A timer has no caller, and the batch runtime and the services want one: the
 * timeout runs as the role {@link Roles#ADMIN} ({@link RunAs}), which server.xml binds to the user {@code scheduler}
 * of a one-user Liberty registry; {@link JobSchedules#ensureCaller} gives that user its row in app_user before the
 * first run.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
@PermitAll
public class JobScheduler {
    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource
    TimerService timers;

    @EJB
    JobSchedules schedules;

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @PostConstruct
    void schedule() {
        for (ScheduledJob job : jobs) {
            JobSchedule s = job.schedule();
            s.calendar().ifPresentOrElse(
                    when -> {
                        timers.createCalendarTimer(when, new TimerConfig(s.job(), false));
                        LOG.info(() -> s.job() + " scheduled: " + when);
                    },
                    () -> LOG.info(s.job() + " not scheduled (" + s.configKey() + "=off)"));
        }
    }

    /** Read lock: the schedules' timers fire independently of each other, as the timers of separate beans would. */
    @Timeout
    @Lock(LockType.READ)
    void run(Timer timer) {
        for (ScheduledJob job : jobs) {
            if (job.schedule().job().equals(timer.getInfo())) {
                try {
                    schedules.ensureCaller();
                    job.startScheduled();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "the scheduled " + timer.getInfo() + " did not start", e);
                }
            }
        }
    }
}
