package org.estatedesk.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.RuleViolationException;

/**
 * The reading sheet (抄表单, R4.2) as an Excel workbook: written with every unit of an estate and its last reading,
 * filled in on site, read back row by row. Columns: unit code, reading, meter replaced (是/Y/1), and for information
 * the last period and reading, and units whose hot-water meter is sealed (R3.8: not to be read). The first row is the
 * header; rows without a reading are skipped.
 */
public final class ReadingSheet {
    /** Largest file accepted (a sheet of 100,000 units is about 3 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> YES = Set.of("是", "Y", "YES", "TRUE", "1", "✓", "√", "换表");

    private ReadingSheet() {
    }

    public static void write(Locale locale, List<MeterReadingService.SheetLine> lines, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(Messages.format(locale, "reading.sheet"));
            Row head = sheet.createRow(0);
            String[] keys = {"cashier.unitCode", "reading.value", "reading.replacement", "reading.lastPeriod",
                "reading.previous", "reading.sealedColumn"};
            for (int i = 0; i < keys.length; i++) {
                head.createCell(i).setCellValue(Messages.format(locale, keys[i]));
            }
            int r = 1;
            for (MeterReadingService.SheetLine l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.unitCode());
                if (l.lastPeriod() != null) {
                    row.createCell(3).setCellValue(l.lastPeriod());
                    row.createCell(4).setCellValue(l.lastReading().doubleValue());
                }
                if (l.sealNumber() != null) {
                    row.createCell(5).setCellValue(Messages.format(locale, "reading.sealedMark", l.sealNumber()));
                }
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            sheet.setColumnWidth(4, 12 * 256);
            sheet.setColumnWidth(5, 24 * 256);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled-in rows (row numbers as Excel shows them); a file that is not a workbook is refused. */
    public static List<MeterReadingService.SheetRow> read(InputStream in) {
        List<MeterReadingService.SheetRow> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String code = text(row.getCell(0));
                String reading = text(row.getCell(1));
                if (reading.isEmpty()) {
                    continue;
                }
                rows.add(new MeterReadingService.SheetRow(row.getRowNum() + 1, code, reading,
                        YES.contains(text(row.getCell(2)).toUpperCase(Locale.ROOT))));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException r) {
                throw r;
            }
            throw new RuleViolationException("error.import.notWorkbook", "file");
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "";
            default -> "";
        };
    }
}
