package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.TimeFormat;

/**
 * The printed work order of a task (派工单, issue 20, R1.6) as an A4 PDF in the reader's language (Chinese or
 * English), with the documents' CJK font ({@link DocumentFonts}): the task number, estate, unit or location, caller,
 * phone, description, category, department and technician; once the work is done the arrival, the work, the
 * materials and charge, and the owner's sign-off — his signature's picture, his name, or the reason he did not sign.
 * Times in the company's time zone ({@link CompanyZones}).
 */
@ApplicationScoped
public class WorkOrderPdf {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    DocumentFonts fonts;

    /** The download's file name: {@code work-order-<task number>.pdf}. */
    public static String fileName(WorkOrderSheet s) {
        return "work-order-" + s.task().getNumber().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    public byte[] render(WorkOrderSheet s, Locale locale) {
        Task t = s.task();
        TaskSite site = s.site();
        ZoneId zone = zones.zone(t.getCompanyId());
        List<PdfDocument.Field> facts = new ArrayList<>(List.of(
                PdfDocument.field(text(locale, "task.woPdf.number"), t.getNumber()),
                PdfDocument.field(text(locale, "task.state"), text(locale, "task.state." + t.getState())),
                PdfDocument.field(text(locale, "task.woPdf.estate"), site.estateName()),
                PdfDocument.field(text(locale, "task.woPdf.where"), site.where()),
                PdfDocument.field(text(locale, "task.woPdf.caller"), site.callerName()),
                PdfDocument.field(text(locale, "task.woPdf.phone"), site.callerPhone()),
                PdfDocument.field(text(locale, "task.category"), site.categoryName(locale)),
                PdfDocument.field(text(locale, "task.department"), text(locale, "task.department." + t.getDepartment())),
                PdfDocument.field(text(locale, "task.woPdf.receivedAt"), minute(s.receivedAt(), zone)),
                PdfDocument.field(text(locale, "task.dueAt"), minute(t.getDueAt(), zone)),
                PdfDocument.field(text(locale, "task.wo.technician"), t.getWorkOrder() != null
                        && t.getWorkOrder().getTechnician() != null ? t.getWorkOrder().getTechnician()
                        : t.getAssignee()),
                PdfDocument.field(text(locale, "task.woPdf.completedAt"), minute(t.getCompletedAt(), zone))));
        PdfDocument pdf = PdfDocument.a4(fonts.font()).letterhead(s.companyName(), text(locale, "task.woPdf.title"))
                .right(text(locale, "task.woPdf.printedAt", minute(OffsetDateTime.now(clock), zone)))
                .fields(2, facts)
                .line(text(locale, "reception.description") + "：" + nonNull(site.description()));
        WorkOrder w = t.getWorkOrder();
        if (w == null) {
            pdf.line(text(locale, "task.woPdf.done") + "：" + text(locale, "task.woPdf.notDone"));
            // the technician fills the order in by hand on site
            pdf.fields(1, PdfDocument.field(text(locale, "task.wo.arrivedAt"), null),
                    PdfDocument.field(text(locale, "task.wo.workDone"), null),
                    PdfDocument.field(text(locale, "task.wo.materials"), null));
            pdf.signatures(PdfDocument.field(text(locale, "task.wo.technician"), null),
                    PdfDocument.field(text(locale, "task.wo.signedOffBy"), null));
            return pdf.toBytes();
        }
        List<PdfDocument.Field> done = new ArrayList<>();
        done.add(PdfDocument.field(text(locale, "task.wo.arrivedAt"), minute(w.getArrivedAt(), zone)));
        done.add(PdfDocument.field(text(locale, "task.wo.workDone"), w.getWorkDone()));
        if (w.getMaterials() != null && !w.getMaterials().isBlank()) {
            done.add(PdfDocument.field(text(locale, "task.wo.materials"), w.getMaterials()));
        }
        if (w.getCharge() != null && w.getCharge().signum() != 0) {
            done.add(PdfDocument.field(text(locale, "task.wo.charge"), PdfDocument.amount(w.getCharge())));
        }
        if (w.getSignedOffBy() != null && !w.getSignedOffBy().isBlank()) {
            done.add(PdfDocument.field(text(locale, "task.wo.signedOffBy"), w.getSignedOffBy()));
        }
        if (w.getNotSignedReason() != null && !w.getNotSignedReason().isBlank()) {
            done.add(PdfDocument.field(text(locale, "task.wo.notSignedReason"), w.getNotSignedReason()));
        }
        pdf.line(text(locale, "task.woPdf.done")).fields(1, done);
        if (s.signature() != null) {
            pdf.picture(text(locale, "task.wo.signature"), s.signature(), 220, 90,
                    text(locale, "task.woPdf.signatureMissing"));
        }
        return pdf.toBytes();
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.format(locale == null ? PdfDocument.LOCALE : locale, key, args);
    }

    private static String minute(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : TimeFormat.MINUTE.format(at, zone);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
