package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed notices of a dunning case (R4.6), A4 letters to the owner in Chinese: the dunning notice (催费单) lists
 * the overdue bills and asks for payment; the written stop-service notice (停止服务通知) is posted for three days and
 * names the day from which service may stop. Used by the API and the dunning page.
 */
@ApplicationScoped
public class DunningNoticePdf {
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    DocumentFonts fonts;

    public static String fileName(DunningNotice n) {
        return (n.kind() == DunningStep.Kind.STOP_NOTICE ? "stop-service-notice-" : "dunning-notice-") + n.caseId()
                + ".pdf";
    }

    public byte[] render(DunningNotice n) {
        boolean stop = n.kind() == DunningStep.Kind.STOP_NOTICE;
        PdfDocument doc = PdfDocument.a4(fonts.font()).header(n.companyName())
                .title(text(stop ? "dunningNotice.stopTitle" : "dunningNotice.title"));
        doc.fields(2, PdfDocument.field(text("receipt.estate"), n.estateName()),
                PdfDocument.field(text("receipt.unit"), n.unitCode()),
                PdfDocument.field(text("receipt.payer"), n.ownerName()),
                PdfDocument.field(text("dunningNotice.caseNo"), n.caseId()));
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
            doc.paragraph(text("dunningNotice.stopFrom", n.stopFrom().format(DAY)));
        } else {
            doc.paragraph(text("dunningNotice.pay"));
        }
        doc.paragraph(text("dunningNotice.contact"));
        return doc.closing(n.companyName(), n.day().format(DAY)).toBytes();
    }

    private static String amount(BigDecimal value) {
        return ChineseAmount.inFigures(value).replace("¥", "");
    }

    private static String text(String key, Object... args) {
        return Messages.format(LOCALE, key, args);
    }
}
