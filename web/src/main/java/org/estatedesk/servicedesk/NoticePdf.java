package org.estatedesk.servicedesk;

import static org.estatedesk.shared.PdfDocument.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.PdfDocument;

/**
 * The written notice of a DIFFICULT task (R1.5) as a PDF: the same texts as the printable page
 * ({@code servicedesk/notice.xhtml}, bundle keys {@code notice.*}), in Chinese, on A4.
 */
@ApplicationScoped
public class NoticePdf {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The documents' time zone ({@link PdfDocument#ZONE}), which the printable page shows too. */
    static final ZoneId ZONE = PdfDocument.ZONE;

    @Inject
    DocumentFonts fonts;

    /** The download's file name: {@code notice-<task number>.pdf}. */
    public static String fileName(WrittenNotice n) {
        return "notice-" + n.taskNumber().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    public byte[] render(WrittenNotice n) {
        return PdfDocument.a4(fonts.font()).letterhead(n.companyName(), text("notice.title"))
                .right(text("notice.numbers", n.receptionNumber(), n.taskNumber()))
                .line(text("notice.dear") + " " + n.callerName() + "：")
                .paragraph(text("notice.body", receivedOn(n), n.place(), n.description(), dueText(n),
                        text("task.department." + n.department())))
                .paragraph(text("notice.contact"))
                .closing(n.companyName() + " " + text("notice.signature"), LocalDate.now(clock.withZone(zones.zone())).toString())
                .toBytes();
    }

    /** The day the matter was reported, in the estates' time zone (the page shows the same). */
    public static LocalDate receivedOn(WrittenNotice n) {
        return PdfDocument.localDay(n.receivedAt());
    }

    /** The due time to the minute, in the estates' time zone. */
    public static String dueText(WrittenNotice n) {
        return PdfDocument.minute(n.dueAt());
    }
}
