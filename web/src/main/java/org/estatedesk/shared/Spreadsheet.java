package org.estatedesk.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An Excel download of one sheet: headers from the bundle in the page's language, then the rows; numbers stay
 * numbers (amounts as Excel numbers with their two decimals), dates and times are written as pages write them
 * ({@link TimeFormat}), everything else is text. Streams 500 rows at a time.
 */
public final class Spreadsheet {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheet() {
    }

    /** The download {@code fileName} with a sheet titled by {@code titleKey} and columns titled by {@code headerKeys}. */
    public static StreamedContent of(String fileName, String titleKey, List<String> headerKeys, List<Object[]> rows) {
        Locale locale = FacesMessages.locale();
        return DefaultStreamedContent.builder().name(fileName).contentType(XLSX)
                .writer(out -> write(locale, titleKey, headerKeys, rows, out)).build();
    }

    /** Writes the workbook to {@code out} (the API's downloads, without a page). */
    public static void write(Locale locale, String titleKey, List<String> headerKeys, List<Object[]> rows,
            OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Sheet sheet = wb.createSheet(Messages.format(locale, titleKey));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headerKeys.size(); i++) {
                head.createCell(i).setCellValue(Messages.format(locale, headerKeys.get(i)));
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v instanceof BigDecimal d) {
                        row.createCell(i).setCellValue(d.doubleValue());
                    } else if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof OffsetDateTime || v instanceof ZonedDateTime || v instanceof Instant
                            || v instanceof LocalDateTime || v instanceof LocalDate) {
                        // callers write the caller's company's time with Times; an instant left over is China time
                        row.createCell(i).setCellValue(TimeFormat.MINUTE.format(v, Zones.DEFAULT_ZONE));
                    } else {
                        row.createCell(i).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }
}
