package org.estatedesk.billing;

import static org.estatedesk.shared.PdfDocument.amount;
import static org.estatedesk.shared.PdfDocument.field;
import static org.estatedesk.shared.PdfDocument.minute;
import static org.estatedesk.shared.PdfDocument.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed receipt of a payment (R4.4), half an A4 sheet: company, receipt number and date, estate, unit, owner
 * and method, the allocations (period, fee item, amount), the amount in figures and in capital numerals (大写), the
 * cashier and a line for the payer's signature. A counter-entry is stamped 红冲 and names the receipt it reverses; a
 * reversed receipt is stamped 已冲红. Always in Chinese: it is handed to the owner. Used by the API and the page.
 */
@ApplicationScoped
public class ReceiptPdf {
    @Inject
    DocumentFonts fonts;

    /** The download's file name: {@code receipt-2026-000001.pdf}. */
    public static String fileName(ReceiptDocument r) {
        return "receipt-" + r.payment().getReceiptNumber() + ".pdf";
    }

    public byte[] render(ReceiptDocument r) {
        Payment p = r.payment();
        PdfDocument doc = PdfDocument.a5Landscape(fonts.font()).letterhead(r.companyName(), text("receipt.title"));
        if (r.isCounterEntry()) {
            doc.stamp(text("receipt.counterEntry"));
        } else if (p.isReversed()) {
            doc.stamp(text("receipt.reversed"));
        }
        doc.fields(3, field(text("receipt.number"), p.getReceiptNumber()),
                field(text("receipt.date"), minute(p.getPaidAt())),
                field(text("receipt.method"), text("payment.method." + p.getMethod())),
                field(text("receipt.estate"), r.estateName()), field(text("receipt.unit"), r.unitCode()),
                field(text("receipt.payer"), r.payer()));
        PdfDocument.Table lines = PdfDocument.table(text("receipt.period"), text("receipt.item"),
                text("receipt.amount")).widths(2, 5, 2).numeric(2);
        for (ReceiptDocument.Line l : r.lines()) {
            lines.row(l.period(), l.isLateFee() ? text("receipt.lateFee") : l.itemName() == null ? l.itemCode()
                    : l.itemName(), amount(l.amount()));
        }
        doc.table(lines.total(text("receipt.total"), "", amount(p.getAmount())));
        doc.fields(1, field(text("receipt.inFigures"), ChineseAmount.inFigures(p.getAmount())),
                field(text("receipt.inWords"), ChineseAmount.inWords(p.getAmount())));
        List<String> notes = new ArrayList<>();
        if (r.isCounterEntry()) {
            notes.add(text("receipt.counterEntryText", r.original().getReceiptNumber(), p.getNote()));
        } else {
            if (p.isReversed()) {
                notes.add(text("receipt.reversedText"));
            }
            if (p.getNote() != null && !p.getNote().isBlank()) {
                notes.add(text("receipt.note") + "：" + p.getNote());
            }
        }
        notes.forEach(doc::line);
        return doc.signatures(field(text("receipt.cashier"), r.collectorName()),
                field(text("receipt.payerSignature"), null)).toBytes();
    }
}
