package org.estatedesk.jobs;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;

/**
 * The one job launcher: starts a job by its XML name through the batch runtime's job operator and records the run,
 * follows, stops and restarts runs (the job repository is Liberty's, in the application database, so any server can
 * report on or restart a run another server started). The use cases that start jobs check the business rules and the
 * role before they call {@link #start}; here every run is looked up through the caller's data scope.
 */
@Stateless
@DeclareRoles(Roles.STAFF)
public class JobRunService {
    @Inject
    Clock clock;

    /** Item count of a run: written items of every execution of its job instance (restarts continue). */
    private static final Metric.MetricType DONE = Metric.MetricType.WRITE_COUNT;

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /** Records the run and starts the job with the run's id among its parameters. */
    @RolesAllowed(Roles.STAFF)
    public JobRun start(String jobName, long companyId, Long estateId, long itemsTotal, String description,
            Properties parameters) {
        JobRun run = record(jobName, companyId, estateId, itemsTotal, description);
        execute(run, parameters);
        return run;
    }

    /**
     * Records a run without starting it (execution id 0 until {@link #launch}): for a job whose own rows must be
     * committed before it runs — the caller records, stores its rows and commits (a new transaction), then launches.
     */
    @RolesAllowed(Roles.STAFF)
    public JobRun record(String jobName, long companyId, Long estateId, long itemsTotal, String description) {
        JobRun run = new JobRun(jobName, companyId, estateId, itemsTotal, description, caller.username(),
                OffsetDateTime.now(clock));
        em.persist(run);
        em.flush();
        return run;
    }

    /** Starts the job of a run {@link #record}ed before, with the run's id among its parameters. */
    @RolesAllowed(Roles.STAFF)
    public JobRunView launch(long runId, Properties parameters) {
        JobRun run = em.find(JobRun.class, runId);
        if (run == null) {
            throw new NotFoundException("jobRun", runId);
        }
        execute(run, parameters);
        return view(run);
    }

    /** Starts a recorded run's job by its XML name, the run's id among the parameters; logs the start. */
    private void execute(JobRun run, Properties parameters) {
        Properties p = new Properties();
        p.putAll(parameters);
        p.setProperty(JobParameters.RUN_ID, String.valueOf(run.getId()));
        run.executing(operator().start(run.getJobName(), p));
        log.record("JOB_START", run.getJobName(), run.getId(), run.getDescription(), run.getCompanyId());
    }

    @RolesAllowed(Roles.STAFF)
    public JobRunView run(long id) {
        return view(find(id));
    }

    /** The latest runs of a job the caller may see, newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<JobRunView> runs(String jobName, int max) {
        DataScope scope = caller.scope();
        return scope.bind(em.createQuery("select r from JobRun r where r.jobName = :job and "
                + String.format(DataScope.COMPANY_VISIBLE, "r.companyId") + " order by r.submittedAt desc, r.id desc",
                JobRun.class)).setParameter("job", jobName).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream().map(this::view).toList();
    }

    /** Restarts a failed or stopped run; it continues from its last checkpoint. */
    @RolesAllowed(Roles.STAFF)
    public JobRunView restart(long id) {
        JobRun run = find(id);
        JobRunView now = view(run);
        if (!now.isRestartable()) {
            throw new ConflictException("error.job.notRestartable", now.state());
        }
        // a restart's parameters replace the original ones (Jakarta Batch), so the first execution's are passed again
        JobOperator operator = operator();
        Properties original = operator.getJobExecutions(operator.getJobInstance(run.getExecutionId())).stream()
                .min(java.util.Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow()
                .getJobParameters();
        run.executing(operator.restart(run.getExecutionId(), original));
        log.record("JOB_RESTART", run.getJobName(), id, run.getDescription(), run.getCompanyId());
        return view(run);
    }

    /** Asks a running run to stop after its current chunk. */
    @RolesAllowed(Roles.STAFF)
    public JobRunView stop(long id) {
        JobRun run = find(id);
        JobRunView now = view(run);
        if (!now.isRunning()) {
            throw new ConflictException("error.job.notRunning", now.state());
        }
        operator().stop(run.getExecutionId());
        log.record("JOB_STOP", run.getJobName(), id, run.getDescription(), run.getCompanyId());
        return view(run);
    }

    private JobRun find(long id) {
        DataScope scope = caller.scope();
        return scope.bind(em.createQuery("select r from JobRun r where r.id = :id and "
                + String.format(DataScope.COMPANY_VISIBLE, "r.companyId"), JobRun.class)).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("jobRun", id));
    }

    private JobRunView view(JobRun run) {
        if (run.getExecutionId() == 0) {
            // recorded, not launched (yet): starting for a minute, then abandoned (its launch failed)
            boolean starting = run.getSubmittedAt().isAfter(OffsetDateTime.now(clock).minusMinutes(1));
            return new JobRunView(run.getId(), run.getJobName(), starting ? "STARTING" : "ABANDONED",
                    run.getItemsTotal(), 0, run.getCompanyId(), run.getEstateId(), run.getDescription(),
                    run.getSubmittedBy(), run.getSubmittedAt(), null, null, null);
        }
        JobOperator operator = operator();
        JobExecution latest = operator.getJobExecution(run.getExecutionId());
        long done = 0;
        Date started = null;
        for (JobExecution execution : operator.getJobExecutions(operator.getJobInstance(run.getExecutionId()))) {
            if (started == null || (execution.getStartTime() != null && execution.getStartTime().before(started))) {
                started = execution.getStartTime();
            }
            for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
                for (Metric m : step.getMetrics()) {
                    if (m.getType() == DONE) {
                        done += m.getValue();
                    }
                }
            }
        }
        return new JobRunView(run.getId(), run.getJobName(), latest.getBatchStatus().name(), run.getItemsTotal(),
                Math.min(done, run.getItemsTotal()), run.getCompanyId(), run.getEstateId(), run.getDescription(),
                run.getSubmittedBy(), run.getSubmittedAt(), time(started), time(latest.getEndTime()),
                latest.getExitStatus());
    }

    private static OffsetDateTime time(Date d) {
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
