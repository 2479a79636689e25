package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;

/**
 * A finance statement (R4.7) as a PDF, rendered like the receipts ({@link ReceiptPdf}) with {@link PdfDocument}: a
 * landscape A4 sheet with the statement's title, the period it covers and its table, in the reader's language.
 * Used by the statements page and the API.
 */
@ApplicationScoped
public class StatementPdf {
    @Inject
    DocumentFonts fonts;

    /** The download's file name: {@code income-2026-11.pdf}. */
    public static String fileName(StatementTable t) {
        return t.fileStem() + ".pdf";
    }

    public byte[] render(StatementTable t, Locale locale) {
        String[] headers = t.headerKeys().stream().map(k -> Messages.format(locale, k)).toArray(String[]::new);
        PdfDocument.Table table = PdfDocument.table(headers).numeric(t.numeric());
        float[] widths = new float[headers.length];
        java.util.Arrays.fill(widths, 2);
        widths[0] = 3;
        table.widths(widths);
        for (Object[] row : t.rows()) {
            String[] cells = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                cells[i] = StatementTable.cell(row[i]);
            }
            table.row((Object[]) cells);
        }
        String title = Messages.format(locale, "statement.title") + " · " + Messages.format(locale, t.titleKey());
        PdfDocument doc = PdfDocument.a4Landscape(fonts.font()).title(title).right(t.period());
        if (t.rows().isEmpty()) {
            doc.line(Messages.format(locale, "table.empty"));
        } else {
            doc.table(table);
        }
        return doc.toBytes();
    }
}
