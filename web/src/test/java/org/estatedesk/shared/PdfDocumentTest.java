package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The document builder with the default CJK font (skipped where fonts-noto-cjk is not installed). */
class PdfDocumentTest {

    @Test
    void chineseTextComesBackOutAndOnlyASubsetOfTheFontIsEmbedded() throws IOException {
        assumeTrue(Files.isReadable(Path.of(DocumentFonts.DEFAULT_FONT)), "fonts-noto-cjk not installed");
        BaseFont font = DocumentFonts.load(DocumentFonts.DEFAULT_FONT, DocumentFonts.DEFAULT_FACE);
        byte[] pdf = PdfDocument.a5Landscape(font).header("厦门鹭江物业").title("收款收据").stamp("红冲")
                .fields(2, PdfDocument.field("收据编号", "2026-000001"), PdfDocument.field("业主", "王玥堃"))
                .table(PdfDocument.table("账期", "收费项目", "金额").widths(2, 4, 2).numeric(2)
                        .row("2026-11", "物业服务费", "100.00").total("合计", "", "100.00"))
                .paragraph("金额（大写）：壹佰元整").signatures(PdfDocument.field("收款人", "财务"),
                        PdfDocument.field("交款人", null))
                .toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String s : new String[] {"厦门鹭江物业", "收款收据", "红冲", "2026-000001", "王玥堃", "物业服务费",
                "壹佰元整", "收款人"}) {
                assertTrue(text.contains(s), s + " in " + text);
            }
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont f = resources.getFont(name);
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().matches("[A-Z]{6}\\+NotoSansCJKsc-Regular.*"), f.getName());
            }
        }
        assertTrue(pdf.length < 400_000, "a subset, not the 16 MB face: " + pdf.length);
    }

    @Test
    void oneLoadedFontServesConcurrentDocuments() throws Exception {
        assumeTrue(Files.isReadable(Path.of(DocumentFonts.DEFAULT_FONT)), "fonts-noto-cjk not installed");
        BaseFont font = DocumentFonts.load(DocumentFonts.DEFAULT_FONT, DocumentFonts.DEFAULT_FACE);
        String[] names = {"张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"};
        var pool = java.util.concurrent.Executors.newFixedThreadPool(names.length);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<byte[]>>();
            for (int round = 0; round < 3; round++) {
                for (String n : names) {
                    futures.add(pool.submit(() -> PdfDocument.a4(font).title("书面告知 " + n).paragraph(n + "：物业服务")
                            .toBytes()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                try (PDDocument doc = Loader.loadPDF(futures.get(i).get())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertTrue(text.contains(names[i % names.length] + "：物业服务"), text);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingFontSaysWhatToDo() {
        DocumentUnavailableException e = assertThrows(DocumentUnavailableException.class,
                () -> DocumentFonts.load("/nonexistent/font.ttc", DocumentFonts.DEFAULT_FACE));
        assertTrue(e.getMessage().contains("estatedesk.documents.font"));
    }

    @Test
    void daysAndTimesArePrintedInTheEstatesTimeZone() {
        // 17:30 UTC on 4 November is 01:30 on 5 November in Shanghai
        OffsetDateTime lateEvening = OffsetDateTime.of(2026, 11, 4, 17, 30, 0, 0, ZoneOffset.UTC);
        assertEquals("2026-11-05 01:30", PdfDocument.minute(lateEvening));
        assertEquals("", PdfDocument.minute(null));
        assertEquals(LocalDate.of(2026, 11, 5), PdfDocument.localDay(lateEvening));
        assertEquals("2026年11月5日", PdfDocument.day(lateEvening));
        assertEquals("2027年1月31日", PdfDocument.day(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void amountsInTablesHaveNoYuanSignAndTextsAreChinese() {
        assertEquals("1,234.50", PdfDocument.amount(new BigDecimal("1234.50")));
        assertEquals("-12.00", PdfDocument.amount(new BigDecimal("-12.00")));
        assertEquals(Messages.format(Locale.SIMPLIFIED_CHINESE, "receipt.title"), PdfDocument.text("receipt.title"));
        assertEquals("no.such.key", PdfDocument.text("no.such.key"));
    }

    @Test
    void theLetterheadIsTheCompanyAboveTheTitle() throws IOException {
        assumeTrue(Files.isReadable(Path.of(DocumentFonts.DEFAULT_FONT)), "fonts-noto-cjk not installed");
        BaseFont font = DocumentFonts.load(DocumentFonts.DEFAULT_FONT, DocumentFonts.DEFAULT_FACE);
        byte[] pdf = PdfDocument.a4(font).letterhead("厦门鹭江物业", "装修许可证").line("正文").toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.indexOf("厦门鹭江物业") < text.indexOf("装修许可证"), text);
            assertTrue(text.indexOf("装修许可证") < text.indexOf("正文"), text);
            assertEquals("装修许可证", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aTableRowMustFillTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> PdfDocument.table("a", "b").row("only one"));
    }
}
