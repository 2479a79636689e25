package org.estatedesk.archives;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;

/**
 * The archive audit's report (R5.3): an audit's findings as those who see archives read them (data scope: the
 * findings of estates they see), and closing a finding once what it names is fixed — by the archive keeper, the CS
 * manager or an administrator, with a comment. The audits themselves are started by {@link ArchiveAudits} and run by
 * the batch job {@code archive-audit}.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
    Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
public class ArchiveAuditService {
    @Inject
    Clock clock;

    /** The most findings an export holds. */
    public static final int EXPORT_MAX = 100_000;

    @Inject
    ArchiveAuditRepository audits;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public Page<ArchiveAuditRepository.Row> findings(long auditId, ArchiveAuditRepository.Filter filter,
            PageRequest page) {
        audit(auditId);
        return audits.findings(auditId, filter == null ? ArchiveAuditRepository.Filter.ALL : filter, caller.scope(),
                page);
    }

    /** Every finding of an audit (at most {@link #EXPORT_MAX}) by estate, unit and kind: the exports. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public List<ArchiveAuditRepository.Row> allFindings(long auditId, ArchiveAuditRepository.Filter filter) {
        audit(auditId);
        return audits.allFindings(auditId, filter == null ? ArchiveAuditRepository.Filter.ALL : filter,
                caller.scope(), EXPORT_MAX);
    }

    /** The audit, when the caller may see its company (else 404). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public ArchiveAudit audit(long auditId) {
        ArchiveAudit audit = audits.audit(auditId).orElseThrow(() -> new NotFoundException("archiveAudit", auditId));
        NotFoundException.as("archiveAudit", auditId, () -> caller.company(audit.getCompanyId()));
        return audit;
    }

    /** Closes a finding whose cause is fixed, with a comment (required) and the version read (409 when stale). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.ARCHIVE_KEEPER})
    public ArchiveAuditFinding close(long findingId, String comment, Integer version) {
        ArchiveAuditFinding f = audits.finding(findingId, caller.scope())
                .orElseThrow(() -> new NotFoundException("archiveAuditFinding", findingId));
        f.checkVersion(version);
        f.close(caller.username(), comment, OffsetDateTime.now(clock));
        log.record("ARCHIVE_FINDING_CLOSE", "archive_audit_finding", findingId,
                f.getKind() + " " + f.getSubject() + ": " + f.getCloseComment(), f.getCompanyId());
        return f;
    }
}
