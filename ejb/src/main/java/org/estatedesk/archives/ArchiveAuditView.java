package org.estatedesk.archives;

import java.io.Serializable;
import java.util.List;
import org.estatedesk.jobs.JobRunView;

/**
 * An archive audit as users see it (R5.3): the job's state and times, and the audit's estates, units checked of the
 * total and findings written so far.
 */
public record ArchiveAuditView(JobRunView job, ArchiveAudit audit) implements Serializable {
    private static final long serialVersionUID = 1L;

    public long id() {
        return job.id();
    }

    /** The state in the API's words ({@link JobRunView#apiState}). */
    public String state() {
        return job.apiState();
    }

    public long companyId() {
        return audit.getCompanyId();
    }

    public List<Long> estateIds() {
        return audit.getEstateIds();
    }

    public long unitsTotal() {
        return audit.getUnitsTotal();
    }

    public long unitsChecked() {
        return Math.min(audit.getUnitsChecked(), audit.getUnitsTotal());
    }

    public long findings() {
        return audit.getFindings();
    }

    public boolean running() {
        return job.isRunning();
    }

    public boolean restartable() {
        return job.isRestartable();
    }

    /** Percent of the units checked, 0–100. */
    public int percent() {
        return unitsTotal() == 0 ? (job.isRunning() ? 0 : 100) : (int) Math.min(100, unitsChecked() * 100 / unitsTotal());
    }
}
