package org.estatedesk.statistics;

import java.io.Serializable;
import java.time.YearMonth;
import org.estatedesk.jobs.JobRunView;

/** A monthly-statistics run: the job run (state, estates done of the total) and the month it computes. */
public record StatisticsRunView(JobRunView job, long companyId, YearMonth period) implements Serializable {
    private static final long serialVersionUID = 1L;

    public long id() {
        return job.id();
    }

    public String state() {
        return job.state();
    }

    public int percent() {
        return job.percent();
    }
}
