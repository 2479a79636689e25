package org.estatedesk.archives;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateChoice;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.jobs.JobParameters;
import org.estatedesk.jobs.JobRun;
import org.estatedesk.jobs.JobRunService;
import org.estatedesk.jobs.JobRunView;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Archive audits (R5.3) as the Jakarta Batch job {@code archive-audit}: every unit of the chosen estates checked
 * against the company's required documents, expired documents, overdue borrowings and key loans, and each estate's
 * key categories without a spare set; findings assigned to the estate's archive keeper. Started on demand by the
 * archive keeper and managers, and by the schedule ({@link ArchiveAuditSchedule}); a failed or stopped audit restarts
 * after its last committed chunk and never writes a finding twice (a unique key guards it).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.ARCHIVE_KEEPER, Roles.STAFF})
public class ArchiveAudits {
    public static final String JOB = "archive-audit";

    @Inject
    Clock clock;
    /** Test switch: with this configuration true an audit may be asked to fail after some units (first execution). */
    static final String FAULT_INJECTION = "estatedesk.archives.faultInjection";

    @Inject
    ArchiveAuditRepository audits;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @EJB
    JobRunService runs;

    @Resource
    SessionContext context;

    /**
     * Starts an audit of the chosen estates of a company (every estate of it the caller sees when none are chosen;
     * without a company the chosen estates name it, else the caller's own). Refused (409) while another audit of the
     * same company is under way.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ARCHIVE_KEEPER})
    public ArchiveAuditView start(Long companyId, List<Long> estateIds, Integer chunkSize, Long failAfterUnits) {
        if (chunkSize != null && (chunkSize < 1 || chunkSize > 5_000)) {
            throw new RuleViolationException("error.param.invalid", "chunkSize", chunkSize);
        }
        if (failAfterUnits != null && !ConfigProvider.getConfig().getOptionalValue(FAULT_INJECTION, Boolean.class)
                .orElse(false)) {
            throw new RuleViolationException("error.billing.noFaultInjection", "failAfterUnits");
        }
        EstateChoice choice = EstateChoice.of(estates.findVisible(caller.scope()).stream()
                .sorted(java.util.Comparator.comparing(Estate::getId)).toList(), companyId, estateIds, caller::company,
                "error.archiveAudit.noEstates");
        long company = choice.companyId();
        List<Long> chosen = choice.estateIds();
        Map<Long, Estate> visible = choice.visible();
        for (JobRunView other : runs.runs(JOB, 200)) {
            if (other.isRunning() && other.companyId() != null && other.companyId() == company) {
                throw new ConflictException("error.archiveAudit.running", other.id());
            }
        }
        List<Estate> picked = chosen.stream().map(visible::get).toList();
        return launch(company, picked, chunkSize, failAfterUnits, caller.username(), false);
    }

    /**
     * The schedule's audit: every company's estates (each company one audit, a company whose audit still runs
     * skipped), started by the identity the schedule runs as.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<ArchiveAuditView> startScheduled() {
        Map<Long, List<Estate>> byCompany = new java.util.TreeMap<>();
        estates.findVisible(new org.estatedesk.shared.DataScope(0, true)).stream()
                .sorted(java.util.Comparator.comparing(Estate::getId))
                .forEach(e -> byCompany.computeIfAbsent(e.getCompanyId(), c -> new ArrayList<>()).add(e));
        List<Long> running = runs.runs(JOB, 200).stream().filter(JobRunView::isRunning)
                .map(JobRunView::companyId).toList();
        List<ArchiveAuditView> started = new ArrayList<>();
        byCompany.forEach((company, list) -> {
            if (!running.contains(company)) {
                started.add(launch(company, list, null, null, caller.username(), true));
            }
        });
        return started;
    }

    /**
     * Starts the audit of the given estates of a company as the current identity; {@code scheduled} marks an audit the
     * schedule started. The caller has checked the estates. The run and the audit are committed first (a new
     * transaction), then the job is started: its first chunk writes findings of the audit, which must be there.
     */
    ArchiveAuditView launch(long company, List<Estate> chosen, Integer chunkSize, Long failAfterUnits,
            String startedBy, boolean scheduled) {
        List<Long> ids = chosen.stream().map(Estate::getId).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Properties p = new Properties();
        p.setProperty("companyId", Long.toString(company));
        JobParameters.put(p, "estateIds", String.join(",", ids.stream().map(String::valueOf).toList()));
        p.setProperty("chunkSize", Integer.toString(chunkSize == null ? 500 : chunkSize));
        p.setProperty("asOf", now.toString());
        if (failAfterUnits != null) {
            p.setProperty("failAfterUnits", Long.toString(failAfterUnits));
        }
        String names = String.join("、", chosen.stream().limit(5).map(Estate::getName).toList())
                + (chosen.size() > 5 ? " …" : "");
        ArchiveAudit audit = context.getBusinessObject(ArchiveAudits.class).record(company, ids,
                (scheduled ? "scheduled: " : "") + names, startedBy, now, scheduled);
        return new ArchiveAuditView(runs.launch(audit.getId(), p), audit);
    }

    /** Records the run and its audit and commits them (see {@link #launch}); not for clients. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ARCHIVE_KEEPER})
    // REQUIRES_NEW: the audit row must be committed before the job's first chunk writes findings that refer to it
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ArchiveAudit record(long company, List<Long> ids, String description, String startedBy,
            OffsetDateTime now, boolean scheduled) {
        long total = audits.countUnits(ids);
        JobRun run = runs.record(JOB, company, ids.size() == 1 ? ids.get(0) : null, total, description);
        ArchiveAudit audit = new ArchiveAudit(run.getId(), company, ids, total, startedBy, now, scheduled);
        audits.store(audit);
        return audit;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public ArchiveAuditView audit(long id) {
        JobRunView job = runs.run(id);
        ArchiveAudit audit = audits.audit(id).filter(a -> JOB.equals(job.jobName()))
                .orElseThrow(() -> new NotFoundException("archiveAudit", id));
        return new ArchiveAuditView(job, audit);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ARCHIVE_KEEPER})
    public ArchiveAuditView restart(long id) {
        ArchiveAuditView before = audit(id);
        return new ArchiveAuditView(runs.restart(id), before.audit());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ARCHIVE_KEEPER})
    public ArchiveAuditView stop(long id) {
        ArchiveAuditView before = audit(id);
        return new ArchiveAuditView(runs.stop(id), before.audit());
    }

    /** The latest audits the caller may see, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public List<ArchiveAuditView> recent(int max) {
        List<ArchiveAuditView> result = new ArrayList<>();
        for (JobRunView job : runs.runs(JOB, max)) {
            audits.audit(job.id()).ifPresent(a -> result.add(new ArchiveAuditView(job, a)));
        }
        return result;
    }
}
