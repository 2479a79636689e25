package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test data of the billing capability: rates for a fresh estate, billing runs started and awaited, the bills they
 * wrote, meter-reading sheets (R4.2) and the contacts of a dunning procedure (R4.6).
 */
final class GivenBilling {
    /** This month in the company's time zone, as the server bills it. */
    static final YearMonth PERIOD = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    /** The content type of an Excel sheet. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** How long a billing job may take on the shared test machine. */
    private static final Duration JOB = Duration.ofSeconds(100);

    private GivenBilling() {
    }

    /** The id of a fee item of the manager's company by code (PROPERTY, GARBAGE, HOT_WATER …). */
    static long feeItem(String code) {
        for (JsonValue v : Api.get("manager", "/api/v1/fee-items").array()) {
            if (v.asJsonObject().getString("code").equals(code)) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new IllegalStateException("no fee item " + code);
    }

    /** Rates for a fresh estate's residences: property 2.35/m², garbage 15.00, hot water 25.00/m³. */
    static void rates(long estate) {
        for (String[] r : new String[][] {{"PROPERTY", "2.35"}, {"GARBAGE", "15"}, {"HOT_WATER", "25.00"}}) {
            Api.Reply set = Api.put("manager", "/api/v1/fee-items/" + feeItem(r[0]) + "/rates", """
                    {"estateId":%d,"unitType":"RESIDENCE","unitPrice":"%s","validFrom":"2026-01"}"""
                    .formatted(estate, r[1]));
            assertEquals(200, set.status(), set.body());
        }
    }

    /** Starts a billing run as {@code user}; returns its id. */
    static long start(String user, String json) {
        Api.Reply r = Api.post(user, "/api/v1/billing/runs", json);
        assertEquals(202, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Awaits a billing run until it leaves STARTING/STARTED; returns it. */
    static JsonObject finished(long run) {
        return Api.await("billing run " + run + " finished", JOB,
                () -> Api.get("manager", "/api/v1/billing/runs/" + run).json(),
                r -> !r.getString("state").startsWith("START"));
    }

    /** The unit's bills of a period, as the manager sees them. */
    static JsonArray bills(long unit, YearMonth period) {
        return Api.get("manager", "/api/v1/bills?unitId=" + unit + "&period=" + period).array();
    }

    /** The estate's meter-reading sheet as the assistant downloads it. */
    static byte[] readingSheet(long estate) {
        Api.Download d = Api.download("assistant", "/api/v1/meter-readings/sheet?estateId=" + estate);
        assertEquals(200, d.status());
        assertTrue(d.contentType().startsWith(XLSX), d.contentType());
        return d.body();
    }

    /** The sheet with readings typed into column B (and "是" into C where asked). */
    static byte[] fillReadings(byte[] sheet, Map<String, String> readings, List<String> replaced) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            for (Row row : s) {
                String code = row.getCell(0).getStringCellValue();
                if (readings.containsKey(code)) {
                    row.createCell(1).setCellValue(readings.get(code));
                }
                if (replaced.contains(code)) {
                    row.createCell(2).setCellValue("是");
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a filled-in hot-water sheet of the estate and period is uploaded. */
    static String readingImportPath(long estate, YearMonth period) {
        return "/api/v1/meter-readings/import?estateId=" + estate + "&meter=HOT_WATER&period=" + period;
    }

    /** A step of the dunning case as finance records it; returns the case. */
    static JsonObject dunningStep(long id, String json) {
        return ok(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", json), 201);
    }

    /**
     * The contacts of the procedure on {@code day} (R4.6): friendly reminder, dunning notice, call and visit, which
     * come before the written stop-service notice.
     */
    static void dunningContacts(long id, LocalDate day) {
        for (String kind : List.of("REMINDER", "NOTICE", "CALL", "VISIT")) {
            dunningStep(id, """
                    {"kind":"%s","doneOn":"%s"}""".formatted(kind, day));
        }
    }
}
