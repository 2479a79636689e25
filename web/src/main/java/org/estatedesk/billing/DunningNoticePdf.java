package org.estatedesk.billing;

import static org.estatedesk.shared.PdfDocument.amount;
import static org.estatedesk.shared.PdfDocument.day;
import static org.estatedesk.shared.PdfDocument.field;
import static org.estatedesk.shared.PdfDocument.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed notices of a dunning case (R4.6), A4 letters to the owner in Chinese: the dunning notice (催费单) lists
 * the overdue bills and asks for payment; the written stop-service notice (停止服务通知) is posted for three days and
 * names the day from which service may stop. Used by the API and the dunning page.
 */
@ApplicationScoped
public class DunningNoticePdf {
    @Inject
    DocumentFonts fonts;

    public static String fileName(DunningNotice n) {
        return (n.kind() == DunningStep.Kind.STOP_NOTICE ? "stop-service-notice-" : "dunning-notice-") + n.caseId()
                + ".pdf";
    }

    public byte[] render(DunningNotice n) {
        boolean stop = n.kind() == DunningStep.Kind.STOP_NOTICE;
        PdfDocument doc = PdfDocument.a4(fonts.font()).letterhead(n.companyName(),
                text(stop ? "dunningNotice.stopTitle" : "dunningNotice.title"));
        doc.fields(2, field(text("receipt.estate"), n.estateName()), field(text("receipt.unit"), n.unitCode()),
                field(text("receipt.payer"), n.ownerName()), field(text("dunningNotice.caseNo"), n.caseId()));
        String owner = n.ownerName() == null ? text("dunningNotice.owner") : n.ownerName();
        doc.paragraph(text("notice.dear") + " " + owner + "：");
        doc.paragraph(text(stop ? "dunningNotice.stopBody" : "dunningNotice.body", n.unitCode(),
                ChineseAmount.inFigures(n.total()), ChineseAmount.inWords(n.total())));
        PdfDocument.Table bills = PdfDocument.table(text("receipt.period"), text("dunningNotice.dueOn"),
                text("dunningNotice.principal"), text("receipt.lateFee")).widths(2, 3, 3, 3).numeric(2, 3);
        for (DunningNotice.Line l : n.lines()) {
            bills.row(l.period(), l.dueOn().toString(), amount(l.principal()), amount(l.lateFee()));
        }
        doc.table(bills.total(text("receipt.total"), "", amount(n.principal()), amount(n.lateFees())));
        if (stop) {
            doc.paragraph(text("dunningNotice.stopFrom", day(n.stopFrom())));
        } else {
            doc.paragraph(text("dunningNotice.pay"));
        }
        doc.paragraph(text("dunningNotice.contact"));
        return doc.closing(n.companyName(), day(n.day())).toBytes();
    }
}
