package org.estatedesk.archives;

import static org.estatedesk.shared.PdfDocument.minute;
import static org.estatedesk.shared.PdfDocument.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.Spreadsheet;

/**
 * The archive audit's report (R5.3) as Excel and as PDF: every finding with its estate, unit, kind, what it is about,
 * the detail, the archive keeper it is assigned to and its state. Used by the API and the audits page.
 */
@ApplicationScoped
public class AuditReport {
    private static final List<String> HEADERS = List.of("archiveAudit.finding", "tasks.estate", "archive.unit",
            "archiveAudit.kind", "archiveAudit.subject", "archiveAudit.detail", "archiveAudit.assignee",
            "archiveAudit.findingState", "archiveAudit.closedBy", "archiveAudit.closeComment");

    @Inject
    DocumentFonts fonts;

    public static String fileName(long auditId, String extension) {
        return "archive-audit-" + auditId + "." + extension;
    }

    /** What a finding is about, in words: the document type or key category, else its subject as stored. */
    public static String subject(Locale locale, ArchiveAuditFinding f) {
        return switch (f.getKind()) {
            case MISSING_DOCUMENT -> Messages.format(locale, "archive.docType." + f.getSubject());
            case MISSING_SPARE -> Messages.format(locale, "key.category." + f.getSubject());
            default -> f.getSubject();
        };
    }

    public void sheet(Locale locale, List<ArchiveAuditRepository.Row> rows, OutputStream out) {
        List<Object[]> lines = new ArrayList<>(rows.size());
        for (ArchiveAuditRepository.Row r : rows) {
            ArchiveAuditFinding f = r.finding();
            lines.add(new Object[] {f.getId(), r.estateName(), f.getUnitCode(),
                Messages.format(locale, "archiveAudit.kind." + f.getKind()), subject(locale, f), detail(locale, f),
                f.getAssignee(), Messages.format(locale, "archiveAudit.findingState." + f.getState()),
                f.getClosedBy(), f.getCloseComment()});
        }
        Spreadsheet.write(locale, "archiveAudit.title", HEADERS, lines, out);
    }

    /** The report as PDF, in Chinese like every printed document: the audit's figures, findings per kind, then every finding. */
    public byte[] pdf(ArchiveAudit audit, String state, OffsetDateTime endedAt, List<ArchiveAuditRepository.Row> rows) {
        PdfDocument doc = PdfDocument.a4(fonts.font()).title(text("archiveAudit.reportTitle", audit.getId()));
        doc.fields(2, PdfDocument.field(text("job.state"), text("job.state." + state)),
                PdfDocument.field(text("job.submittedBy"), audit.getStartedBy()),
                PdfDocument.field(text("archiveAudit.startedAt"), minute(audit.getStartedAt())),
                PdfDocument.field(text("archiveAudit.endedAt"), minute(endedAt)),
                PdfDocument.field(text("archiveAudit.unitsChecked"), audit.getUnitsChecked() + " / "
                        + audit.getUnitsTotal()),
                PdfDocument.field(text("archiveAudit.findings"), rows.size()));
        Map<String, Integer> perKind = new TreeMap<>();
        rows.forEach(r -> perKind.merge(text("archiveAudit.kind." + r.finding().getKind()), 1, Integer::sum));
        PdfDocument.Table kinds = PdfDocument.table(text("archiveAudit.kind"), text("archiveAudit.findings"))
                .widths(4, 1).numeric(1);
        perKind.forEach((kind, n) -> kinds.row(kind, n));
        doc.table(kinds);
        PdfDocument.Table table = PdfDocument.table(text("tasks.estate"), text("archive.unit"),
                text("archiveAudit.kind"), text("archiveAudit.subject"), text("archiveAudit.detail"),
                text("archiveAudit.assignee"), text("archiveAudit.findingState")).widths(2, 2, 2, 2.4f, 4.6f, 1.6f,
                        1.4f);
        for (ArchiveAuditRepository.Row r : rows) {
            ArchiveAuditFinding f = r.finding();
            table.row(r.estateName(), f.getUnitCode(), text("archiveAudit.kind." + f.getKind()),
                    subject(PdfDocument.LOCALE, f), detail(PdfDocument.LOCALE, f), f.getAssignee(),
                    text("archiveAudit.findingState." + f.getState()));
        }
        return doc.table(table).toBytes();
    }

    /** The finding's detail as the audit job wrote it, its codes named in the reader's language (issue 20). */
    public static String detail(Locale locale, ArchiveAuditFinding f) {
        return org.estatedesk.shared.ConstantNames.named(locale, "archive.", f.getDetail());
    }
}
