package org.estatedesk.it;

import static org.estatedesk.it.GivenBilling.XLSX;
import static org.estatedesk.it.GivenBilling.fillReadings;
import static org.estatedesk.it.GivenBilling.readingImportPath;
import static org.estatedesk.it.GivenBilling.readingSheet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Excel import of meter readings (R4.2): the estate's reading sheet is downloaded, filled in and uploaded; a
 * sheet with one wrong row records nothing and names the row; a corrected one records every filled-in row.
 */
class ReadingImportIT {
    private static final YearMonth PERIOD = GivenBilling.PERIOD;

    private static int readings(long unit) {
        return Api.get("assistant", "/api/v1/meter-readings?unitId=" + unit).array().size();
    }

    @Test
    void aSheetWithAWrongRowRecordsNothingAndACorrectedOneRecordsEveryFilledRow() throws IOException {
        long estate = GivenEstates.freshEstate("RI", 1);
        List<Long> units = GivenEstates.units(estate);
        byte[] blank = readingSheet(estate);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            assertEquals(5, wb.getSheetAt(0).getPhysicalNumberOfRows(), "a header and the four units");
            assertEquals("A-1-0101", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
        YearMonth previous = PERIOD.minusMonths(1);
        byte[] wrong = fillReadings(blank, Map.of("A-1-0101", "120.5", "A-1-0102", "abc", "A-1-0104", "80"), List.of());
        Api.Reply refused = Api.upload("assistant", readingImportPath(estate, previous), XLSX, wrong);
        assertEquals(400, refused.status(), refused.body());
        JsonArray errors = refused.json().getJsonArray("errors");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.getJsonObject(0).getInt("row"), "the Excel row of A-1-0102");
        assertEquals("A-1-0102", errors.getJsonObject(0).getString("key"));
        assertEquals(0, readings(units.get(0)), "a refused sheet records nothing");

        assertEquals(403, Api.upload("frontdesk", readingImportPath(estate, previous), XLSX, wrong).status());
        assertEquals(404, Api.upload("manager2", readingImportPath(estate, previous), XLSX, wrong).status());
        assertEquals(400, Api.upload("assistant", readingImportPath(estate, previous), XLSX,
                "not a workbook".getBytes()).status());
        assertEquals(400, Api.upload("assistant", readingImportPath(estate, PERIOD.plusMonths(2)), XLSX, wrong)
                .status());

        byte[] right = fillReadings(blank, Map.of("A-1-0101", "120.5", "A-1-0102", "95", "A-1-0104", "80"), List.of());
        Api.Reply done = Api.upload("assistant", readingImportPath(estate, previous), XLSX, right);
        assertEquals(201, done.status(), done.body());
        assertEquals(3, done.json().getInt("recorded"), "the blank row is skipped");
        assertEquals(1, readings(units.get(0)));
        assertEquals(0, readings(units.get(2)));

        // next month: the sheet shows last month's readings; a lower one needs the replacement mark
        byte[] next = readingSheet(estate);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(next))) {
            Row first = wb.getSheetAt(0).getRow(1);
            assertEquals(previous.toString(), first.getCell(3).getStringCellValue());
            assertEquals(0, new BigDecimal("120.5").compareTo(BigDecimal.valueOf(first.getCell(4).getNumericCellValue())));
        }
        Api.Reply lower = Api.upload("assistant", readingImportPath(estate, PERIOD), XLSX,
                fillReadings(next, Map.of("A-1-0101", "3", "A-1-0102", "101.25"), List.of()));
        assertEquals(400, lower.status(), lower.body());
        assertEquals("A-1-0101", lower.json().getJsonArray("errors").getJsonObject(0).getString("key"));
        Api.Reply replaced = Api.upload("assistant", readingImportPath(estate, PERIOD), XLSX,
                fillReadings(next, Map.of("A-1-0101", "3", "A-1-0102", "101.25"), List.of("A-1-0101")));
        assertEquals(201, replaced.status(), replaced.body());
        JsonObject latest = Api.get("assistant", "/api/v1/meter-readings?unitId=" + units.get(1)).array()
                .getJsonObject(0);
        assertEquals(0, new BigDecimal("6.25").compareTo(latest.getJsonNumber("consumption").bigDecimalValue()),
                latest.toString());
    }
    @Test
    void anAssistantImportsASheetInTheBrowserAndSeesTheWrongRows() throws IOException {
        long estate = GivenEstates.freshEstate("RJ", 1);
        String code = Api.get("admin", "/api/v1/estates/" + estate).json().getString("code");
        byte[] blank = readingSheet(estate);
        java.nio.file.Path wrong = java.nio.file.Files.createTempFile("readings-wrong", ".xlsx");
        java.nio.file.Path right = java.nio.file.Files.createTempFile("readings-right", ".xlsx");
        java.nio.file.Files.write(wrong, fillReadings(blank, Map.of("A-1-0101", "12", "A-1-0103", "-4"), List.of()));
        java.nio.file.Files.write(right, fillReadings(blank, Map.of("A-1-0101", "12", "A-1-0103", "4"), List.of()));
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("assistant", "/billing/readings.xhtml");
            browser.selectContaining("estateId", code + " "); // the code and its space: another code may start with it
            browser.click("[id$='import'] legend");
            browser.waitForText("下载抄表单");
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id$='sheetFile'] input[type='file']"))
                    .sendKeys(wrong.toString());
            browser.waitForText("没有导入任何读数：1 行有错误");
            assertEquals("4", browser.find("td.import-row").getText(), "the Excel row of A-1-0103");
            browser.screenshot("readings-import-refused");
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id$='sheetFile'] input[type='file']"))
                    .sendKeys(right.toString());
            browser.waitForText("已导入 2 条读数");
            browser.screenshot("readings-imported");
        }
        assertEquals(1, readings(GivenEstates.units(estate).get(2)));
    }
}
