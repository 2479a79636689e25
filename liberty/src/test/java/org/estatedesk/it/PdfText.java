package org.estatedesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says, read back with PDFBox: its text, and its fonts with whether each is embedded. */
record PdfText(String text, List<String> fonts, boolean allEmbedded) {

    static PdfText of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName());
                    embedded &= f.isEmbedded();
                }
            }
            return new PdfText(new PDFTextStripper().getText(doc), fonts, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String s) {
        return text.contains(s);
    }
}
