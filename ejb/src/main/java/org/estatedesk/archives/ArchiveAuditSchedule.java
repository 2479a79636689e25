package org.estatedesk.archives;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.estatedesk.jobs.JobSchedule;
import org.estatedesk.jobs.JobSchedules;
import org.estatedesk.security.Roles;

/**
 * Runs the archive audit by itself (R5.3: at least twice a year): on the calendar of
 * {@code estatedesk.archives.auditSchedule} (default 1 January and 1 July, 02:00 China time; {@code off} turns it
 * off), every company's estates are audited. A timer has no caller, and the batch runtime and the services want
 * one: the timeout runs as the role {@link Roles#ADMIN} ({@link RunAs}), which server.xml binds to the user
 * {@code scheduler} of a one-user Liberty registry; {@link JobSchedules#ensureCaller} gives that user its row in
 * app_user before the first audit.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
@PermitAll
public class ArchiveAuditSchedule {
    public static final String CONFIG = "estatedesk.archives.auditSchedule";
    public static final String DEFAULT = "month=1,7; dayOfMonth=1; hour=2; minute=0; timezone=Asia/Shanghai";
    private static final Logger LOG = Logger.getLogger(ArchiveAuditSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ArchiveAudits audits;

    @EJB
    JobSchedules schedules;

    @PostConstruct
    void schedule() {
        JobSchedule.configured(CONFIG, DEFAULT).ifPresentOrElse(
                when -> {
                    timers.createCalendarTimer(when, new TimerConfig(ArchiveAudits.JOB, false));
                    LOG.info(() -> "archive audits scheduled: " + when);
                },
                () -> LOG.info("archive audits not scheduled (" + CONFIG + "=off)"));
    }

    @Timeout
    void run(Timer timer) {
        try {
            schedules.ensureCaller();
            audits.startScheduled().forEach(v -> LOG.info(() -> "scheduled archive audit " + v.id() + " of company "
                    + v.companyId() + ": " + v.unitsTotal() + " units"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the scheduled archive audit did not start", e);
        }
    }
}
