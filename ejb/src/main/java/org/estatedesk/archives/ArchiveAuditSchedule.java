package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.estatedesk.jobs.JobSchedule;
import org.estatedesk.jobs.JobScheduler;
import org.estatedesk.jobs.ScheduledJob;
import org.estatedesk.shared.Zones;

/**
 * Runs the archive audit by itself (R5.3: at least twice a year): on the calendar of
 * {@code estatedesk.archives.auditSchedule} (default 1 January and 1 July, 02:00 China time; {@code off} turns it
 * off), every company's estates are audited ({@link ArchiveAudits#startScheduled}: a company whose audit still runs
 * is skipped). Driven by {@link JobScheduler} as the scheduler identity like every schedule.
 */
@ApplicationScoped
public class ArchiveAuditSchedule implements ScheduledJob {
    public static final String CONFIG = "estatedesk.archives.auditSchedule";
    public static final String DEFAULT = "month=1,7; dayOfMonth=1; hour=2; minute=0; timezone=" + Zones.DEFAULT_ZONE.getId();
    private static final Logger LOG = Logger.getLogger(ArchiveAuditSchedule.class.getName());

    @EJB
    ArchiveAudits audits;

    @Override
    public JobSchedule schedule() {
        return new JobSchedule(ArchiveAudits.JOB, CONFIG, DEFAULT);
    }

    @Override
    public void startScheduled() {
        audits.startScheduled().forEach(v -> LOG.info(() -> "scheduled archive audit " + v.id() + " of company "
                + v.companyId() + ": " + v.unitsTotal() + " units"));
    }
}
