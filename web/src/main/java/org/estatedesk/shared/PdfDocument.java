package org.estatedesk.shared;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.estatedesk.shared.Zones;

/**
 * A printed document of EstateDesk — receipt, written notice, dunning or stop-service notice, permit — built from a
 * few blocks in order: a header line (the company), the title, a stamp (红冲), label/value fields, a table, paragraphs,
 * right-aligned lines, a closing (issuer and date) and signature lines. Text comes in finished (from the bundle in the document's language); the
 * font is the configured CJK font ({@link DocumentFonts}), embedded as a subset.
 *
 * <p>What every document shares lives here too: the letterhead, the texts of the documents handed to owners and
 * contractors (the bundle in Chinese, {@link #text}), and how they print days, times ({@link #day}, {@link #minute}:
 * in the estates' time zone {@link #ZONE}) and amounts ({@link #amount}).
 *
 * <pre>
 * byte[] pdf = PdfDocument.a4(fonts.font()).letterhead(company, "收款收据")
 *         .fields(2, PdfDocument.field("收据编号", number), PdfDocument.field("日期", date))
 *         .table(PdfDocument.table("账期", "收费项目", "金额").widths(2, 4, 2).numeric(2).row("2026-11", "物业服务费", "100.00"))
 *         .paragraph("...").signatures(PdfDocument.field("收款人", "张三"), PdfDocument.field("交款人", null))
 *         .toBytes();
 * </pre>
 */
public final class PdfDocument {
    public static final String MEDIA_TYPE = "application/pdf";
    /** The time zone of every day and time a document prints: the estates'. */
    public static final ZoneId ZONE = Zones.DEFAULT_ZONE;
    /** The language of the documents handed to owners and contractors. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LINE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    private static final Color RED = new Color(0xC0, 0x00, 0x00);

    private final BaseFont font;
    private final Rectangle pageSize;
    private final float margin;
    private final List<Consumer<Document>> blocks = new ArrayList<>();
    private String documentTitle = "";

    private PdfDocument(BaseFont font, Rectangle pageSize, float margin) {
        this.font = font;
        this.pageSize = pageSize;
        this.margin = margin;
    }

    /** A portrait A4 document (notices, permits). */
    public static PdfDocument a4(BaseFont font) {
        return new PdfDocument(font, PageSize.A4, 64);
    }

    /** A landscape A4 document (statements: wide tables of figures). */
    public static PdfDocument a4Landscape(BaseFont font) {
        return new PdfDocument(font, PageSize.A4.rotate(), 48);
    }

    /** A landscape A5 document (receipts: half an A4 sheet). */
    public static PdfDocument a5Landscape(BaseFont font) {
        return new PdfDocument(font, PageSize.A5.rotate(), 36);
    }

    /** A label and its value; a null value leaves room to write by hand. */
    public record Field(String label, String value) {
    }

    public static Field field(String label, Object value) {
        return new Field(label, value == null ? null : value.toString());
    }

    /** A table: its headers, relative column widths, right-aligned (numeric) columns, rows and a last bold row. */
    public static final class Table {
        private final String[] headers;
        private float[] widths;
        private boolean[] numeric;
        private final List<String[]> rows = new ArrayList<>();
        private String[] total;

        private Table(String... headers) {
            this.headers = headers;
            this.widths = new float[headers.length];
            Arrays.fill(widths, 1f);
            this.numeric = new boolean[headers.length];
        }

        public Table widths(float... relative) {
            this.widths = relative.clone();
            return this;
        }

        /** Right-aligns these columns (amounts). */
        public Table numeric(int... columns) {
            for (int c : columns) {
                numeric[c] = true;
            }
            return this;
        }

        public Table row(Object... cells) {
            rows.add(texts(cells));
            return this;
        }

        /** The closing row (合计), in bold. */
        public Table total(Object... cells) {
            total = texts(cells);
            return this;
        }

        private String[] texts(Object... cells) {
            if (cells.length != headers.length) {
                throw new IllegalArgumentException(cells.length + " cells for " + headers.length + " columns");
            }
            return Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray(String[]::new);
        }
    }

    public static Table table(String... headers) {
        return new Table(headers);
    }

    /** A text of the messages bundle in the documents' language ({@link #LOCALE}). */
    public static String text(String key, Object... args) {
        return Messages.format(LOCALE, key, args);
    }

    /** A day as a letter writes it: {@code 2026年11月5日}. */
    public static String day(LocalDate day) {
        return day.format(DAY);
    }

    /** The day of an instant in the estates' time zone, as a letter writes it. */
    public static String day(OffsetDateTime at) {
        return day(localDay(at));
    }

    /** The day of an instant in the estates' time zone. */
    public static LocalDate localDay(OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** An instant to the minute in the estates' time zone, {@code 2026-11-05 14:30}; empty for none. */
    public static String minute(OffsetDateTime at) {
        return TimeFormat.MINUTE.format(at, ZONE);
    }

    /** An amount in figures for a table's cell, without the yuan sign: {@code 1,234.50}. */
    public static String amount(BigDecimal value) {
        return ChineseAmount.inFigures(value).replace("¥", "");
    }

    /** The letterhead: the company that issues the document ({@link #header}) above the {@link #title}. */
    public PdfDocument letterhead(String company, String title) {
        return header(company).title(title);
    }

    /** A small grey line above the title: the company that issues the document. */
    public PdfDocument header(String text) {
        blocks.add(d -> add(d, paragraph(text, font(10, Font.NORMAL, GREY), Element.ALIGN_CENTER, 0, 2)));
        return this;
    }

    public PdfDocument title(String text) {
        documentTitle = text;
        blocks.add(d -> add(d, paragraph(text, font(18, Font.BOLD, Color.BLACK), Element.ALIGN_CENTER, 0, 10)));
        return this;
    }

    /** A framed red mark on the right, such as 红冲 (a counter-entry) or 已冲红 (a reversed payment). */
    public PdfDocument stamp(String text) {
        blocks.add(d -> {
            PdfPTable t = new PdfPTable(1);
            t.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.setTotalWidth(font.getWidthPoint(text, 14) + 24);
            t.setLockedWidth(true);
            PdfPCell c = new PdfPCell(new Phrase(text, font(14, Font.BOLD, RED)));
            c.setBorderColor(RED);
            c.setBorderWidth(1.5f);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setPadding(4);
            c.setPaddingBottom(7);
            t.addCell(c);
            t.setSpacingAfter(6);
            add(d, t);
        });
        return this;
    }

    /** Label/value pairs in {@code columns} pairs per line. */
    public PdfDocument fields(int columns, Field... fields) {
        return fields(columns, Arrays.asList(fields));
    }

    public PdfDocument fields(int columns, List<Field> fields) {
        blocks.add(d -> {
            PdfPTable t = new PdfPTable(columns * 2);
            t.setWidthPercentage(100);
            float[] widths = new float[columns * 2];
            for (int i = 0; i < columns; i++) {
                widths[2 * i] = 1f;
                widths[2 * i + 1] = columns == 1 ? 6f : 2.2f;
            }
            setWidths(t, widths);
            for (Field f : fields) {
                t.addCell(plain(f.label() + "：", font(10, Font.NORMAL, GREY), Element.ALIGN_LEFT));
                t.addCell(plain(f.value() == null ? "" : f.value(), font(10, Font.NORMAL, Color.BLACK),
                        Element.ALIGN_LEFT));
            }
            t.completeRow();
            t.setSpacingAfter(6);
            add(d, t);
        });
        return this;
    }

    public PdfDocument table(Table table) {
        blocks.add(d -> {
            PdfPTable t = new PdfPTable(table.headers.length);
            t.setWidthPercentage(100);
            setWidths(t, table.widths);
            t.setHeaderRows(1);
            for (int i = 0; i < table.headers.length; i++) {
                PdfPCell c = ruled(table.headers[i], font(10, Font.BOLD, Color.BLACK), table.numeric[i]);
                c.setBackgroundColor(HEAD);
                t.addCell(c);
            }
            for (String[] row : table.rows) {
                for (int i = 0; i < row.length; i++) {
                    t.addCell(ruled(row[i], font(10, Font.NORMAL, Color.BLACK), table.numeric[i]));
                }
            }
            if (table.total != null) {
                for (int i = 0; i < table.total.length; i++) {
                    t.addCell(ruled(table.total[i], font(10, Font.BOLD, Color.BLACK), table.numeric[i]));
                }
            }
            t.setSpacingBefore(4);
            t.setSpacingAfter(8);
            add(d, t);
        });
        return this;
    }

    /** A paragraph of running text, justified, with a first-line indent of two characters. */
    public PdfDocument paragraph(String text) {
        blocks.add(d -> {
            Paragraph p = paragraph(text, font(11, Font.NORMAL, Color.BLACK), Element.ALIGN_JUSTIFIED, 0, 6);
            p.setFirstLineIndent(22);
            p.setLeading(0, 1.6f);
            add(d, p);
        });
        return this;
    }

    /** A line of text without indent (a salutation, or a label with a long value). */
    public PdfDocument line(String text) {
        blocks.add(d -> add(d, paragraph(text, font(11, Font.NORMAL, Color.BLACK), Element.ALIGN_LEFT, 0, 6)));
        return this;
    }

    /** Right-aligned lines, such as the numbers under a title. */
    public PdfDocument right(String... lines) {
        blocks.add(d -> {
            for (String text : lines) {
                add(d, paragraph(text, font(10, Font.NORMAL, GREY), Element.ALIGN_RIGHT, 0, 6));
            }
        });
        return this;
    }

    /** The issuer and the date under a letter, right-aligned after some space. */
    public PdfDocument closing(String... lines) {
        blocks.add(d -> {
            float before = 24;
            for (String text : lines) {
                add(d, paragraph(text, font(11, Font.NORMAL, Color.BLACK), Element.ALIGN_RIGHT, before, 2));
                before = 0;
            }
        });
        return this;
    }

    /** Signature lines side by side: the label and a name, or a blank line to sign on. */
    public PdfDocument signatures(Field... signers) {
        blocks.add(d -> {
            PdfPTable t = new PdfPTable(signers.length);
            t.setWidthPercentage(100);
            t.setSpacingBefore(14);
            for (Field s : signers) {
                String value = s.value() == null || s.value().isBlank() ? "________________" : s.value();
                t.addCell(plain(s.label() + "：" + value, font(11, Font.NORMAL, Color.BLACK), Element.ALIGN_LEFT));
            }
            add(d, t);
        });
        return this;
    }

    /**
     * A picture under its label (a signature drawn on the screen), scaled down to fit {@code maxWidth} ×
     * {@code maxHeight} points; a picture the PDF cannot take (a format it does not read) prints {@code unreadable}
     * instead, so that the document is still made.
     */
    public PdfDocument picture(String label, byte[] picture, float maxWidth, float maxHeight, String unreadable) {
        blocks.add(d -> {
            add(d, paragraph(label + "：", font(10, Font.NORMAL, GREY), Element.ALIGN_LEFT, 6, 2));
            try {
                com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(picture);
                image.scaleToFit(maxWidth, maxHeight);
                d.add(image);
            } catch (java.io.IOException | RuntimeException e) {
                add(d, paragraph(unreadable, font(10, Font.NORMAL, Color.BLACK), Element.ALIGN_LEFT, 0, 6));
            }
        });
        return this;
    }

    /** The PDF file. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) {
        Document d = new Document(pageSize, margin, margin, margin * 0.85f, margin * 0.85f);
        try {
            PdfWriter writer = PdfWriter.getInstance(d, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            d.addTitle(documentTitle);
            d.addCreator("EstateDesk");
            d.open();
            blocks.forEach(b -> b.accept(d));
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written: " + e.getMessage(), e);
        } finally {
            d.close();
        }
    }

    private Font font(float size, int style, Color color) {
        // the CJK font has one weight: bold is drawn by Font.BOLD as a stroked fill
        return new Font(font, size, style, color);
    }

    private static Paragraph paragraph(String text, Font f, int align, float before, float after) {
        Paragraph p = new Paragraph(text == null ? "" : text, f);
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell plain(String text, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPaddingTop(2);
        c.setPaddingBottom(4);
        return c;
    }

    private static PdfPCell ruled(String text, Font f, boolean numeric) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setBorderColor(LINE);
        c.setBorderWidth(0.5f);
        c.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        c.setPadding(4);
        c.setPaddingBottom(6);
        return c;
    }

    private static void setWidths(PdfPTable t, float[] widths) {
        try {
            t.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void add(Document d, Element e) {
        try {
            d.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException("PDF not written: " + ex.getMessage(), ex);
        }
    }
}
