package org.estatedesk.archives;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.estatedesk.approvals.ApprovalDecided;
import org.estatedesk.approvals.FormApproval;
import org.estatedesk.approvals.FormSummary;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.OperationLog;

/**
 * A request to borrow or read an archive file (R5.2) as a form of the approval inbox: one step, the estate
 * manager's (a CS manager). Approved, the file is lent (or reading granted) until its due time; rejected, nothing.
 * Either way the file's history and the operation log say so.
 */
@ApplicationScoped
public class ArchiveBorrowApprovalForm extends FormApproval<ArchiveBorrow> {
    @Inject
    ArchiveRepository archives;

    @Inject
    OperationLog log;

    public ArchiveBorrowApprovalForm() {
        super(ArchiveBorrow.FORM_TYPE, "archiveBorrow");
    }

    @Override
    protected void decide(ArchiveBorrow b, boolean approve, ApprovalDecided d) {
        ArchiveFile file = file(b);
        if (approve) {
            b.approve(d.by(), d.comment(), d.at());
        } else {
            b.reject(d.by(), d.comment(), d.at());
        }
        ArchiveAction action = approve ? ArchiveAction.APPROVE : ArchiveAction.REJECT;
        String detail = b.getKind() + " #" + b.getId() + " " + b.getBorrower()
                + (d.comment() == null ? "" : ": " + d.comment());
        archives.store(new ArchiveEvent(file, null, action, d.by(), detail, d.at()));
        log.record("ARCHIVE_" + action, "archive_file", file.getId(), detail, file.getCompanyId());
    }

    @Override
    protected FormSummary summary(ArchiveBorrow b) {
        ArchiveFile file = file(b);
        return summary(estateName(file.getEstateId()) + " " + file.getFileNo() + " · " + b.getBorrower(),
                "/archives/file.xhtml?id=" + file.getId(), List.of(
                        FormSummary.Field.text("archive.fileNo", file.getFileNo()),
                        FormSummary.Field.text("archive.title", file.getTitle()),
                        FormSummary.Field.keys("archive.kind", List.of("archive.kind." + file.getKind())),
                        FormSummary.Field.keys("archiveBorrow.kind", List.of("archiveBorrow.kind." + b.getKind())),
                        FormSummary.Field.text("archiveBorrow.borrower", b.getBorrower()),
                        FormSummary.Field.text("archiveBorrow.purpose", b.getPurpose()),
                        FormSummary.Field.text("archiveBorrow.dueAt", minute(b.getDueAt()))));
    }

    @Override
    protected Optional<ArchiveBorrow> find(long formId, DataScope scope) {
        return archives.borrow(formId, scope);
    }

    /** The decision reads the request by id: its chain was started for it. */
    @Override
    protected Optional<ArchiveBorrow> forDecision(long formId) {
        return archives.borrowById(formId);
    }

    private ArchiveFile file(ArchiveBorrow b) {
        return archives.byId(b.getFileId()).orElseThrow();
    }
}
