package org.estatedesk.archives;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.ApprovalForm;
import org.estatedesk.approvals.Decision;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.audit.OperationLog;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;

/**
 * A request to borrow or read an archive file (R5.2) as a form of the approval inbox: one step, the estate
 * manager's (a CS manager). Approved, the file is lent (or reading granted) until its due time; rejected, nothing.
 */
@ApplicationScoped
public class ArchiveBorrowApprovalForm implements ApprovalForm {
    @Inject
    CompanyZones zones;

    @Inject
    ArchiveRepository archives;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Override
    public String formType() {
        return ArchiveBorrow.FORM_TYPE;
    }

    @Override
    public void decided(ApprovalDecided d) {
        ArchiveBorrow b = archives.borrowById(d.formId()).orElseThrow(() -> new NotFoundException("archiveBorrow",
                d.formId()));
        ArchiveFile file = archives.byId(b.getFileId()).orElseThrow();
        if (d.decision() == Decision.REJECT) {
            b.reject(d.by(), d.comment(), d.at());
        } else if (d.approvedAll()) {
            b.approve(d.by(), d.comment(), d.at());
        } else {
            return;
        }
        ArchiveAction action = d.decision() == Decision.REJECT ? ArchiveAction.REJECT : ArchiveAction.APPROVE;
        String detail = b.getKind() + " #" + b.getId() + " " + b.getBorrower()
                + (d.comment() == null ? "" : ": " + d.comment());
        archives.store(new ArchiveEvent(file, null, action, d.by(), detail, d.at()));
        log.record("ARCHIVE_" + action, "archive_file", file.getId(), detail, file.getCompanyId());
    }

    @Override
    public FormSummary summary(long formId) {
        ArchiveBorrow b = archives.borrow(formId, caller.scope()).orElseThrow(() -> new NotFoundException(
                "archiveBorrow", formId));
        ArchiveFile file = archives.byId(b.getFileId()).orElseThrow();
        String estate = estates.byId(file.getEstateId()).map(e -> e.getName()).orElse("");
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return new FormSummary("approval.form.ARCHIVE_BORROW", estate + " " + file.getFileNo() + " · "
                + b.getBorrower(), "/archives/file.xhtml?id=" + file.getId(), List.of(
                        FormSummary.Field.text("archive.fileNo", file.getFileNo()),
                        FormSummary.Field.text("archive.title", file.getTitle()),
                        FormSummary.Field.keys("archive.kind", List.of("archive.kind." + file.getKind())),
                        FormSummary.Field.keys("archiveBorrow.kind", List.of("archiveBorrow.kind." + b.getKind())),
                        FormSummary.Field.text("archiveBorrow.borrower", b.getBorrower()),
                        FormSummary.Field.text("archiveBorrow.purpose", b.getPurpose()),
                        FormSummary.Field.text("archiveBorrow.dueAt", b.getDueAt().atZoneSameInstant(zones.zone())
                                .format(minute))),
                List.of());
    }
}
