package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hot-water sealing (R3.8) over HTTP and in the browser, in the source's order: agreement → final reading, billed at
 * once at the estate's hot-water price and not again by the monthly run → settlement refused while unpaid → the CS
 * manager's approval hands engineering its task → sealed → the agreement filed in the unit's archive.
 */
class HotWaterSealingIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth THIS_MONTH = YearMonth.now(ZONE);

    private static long approvalOf(String user, long sealing) {
        for (JsonValue v : Api.get(user, "/api/v1/approvals?mine=true").array()) {
            JsonObject a = v.asJsonObject();
            if (a.getString("formType").equals("HOT_WATER_SEAL")
                    && a.getJsonNumber("formId").longValue() == sealing) {
                return a.getJsonNumber("id").longValue();
            }
        }
        return -1;
    }

    private static JsonObject approve(long sealing) {
        long approval = approvalOf("manager", sealing);
        assertTrue(approval > 0, "the CS manager sees the sealing in his inbox");
        JsonObject step = ok(Api.get("manager", "/api/v1/approvals/" + approval), 200);
        return ok(Api.post("manager", "/api/v1/approvals/" + approval + "/decisions", """
                {"decision":"APPROVE","comment":"同意封堵","version":%d}""".formatted(step.getInt("version"))), 200);
    }

    private static String unitCode(long estate, long unit) {
        return Api.get("manager", "/api/v1/estates/" + estate + "/units?size=50").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(u -> u.getJsonNumber("id").longValue() == unit)
                .findFirst().orElseThrow().getString("code");
    }

    @Test
    void agreementFinalReadingSettlementApprovalSealAndArchiveAndTheMonthlyRunDoesNotBillTheReadingAgain() {
        long estate = GivenEstates.freshEstate("HW", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        ok(Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"100.00"}"""
                .formatted(unit, THIS_MONTH.minusMonths(1))), 201);

        problem(Api.post("finance", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主王五"}""".formatted(unit)), 403);
        problem(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":" "}""".formatted(unit)), 400);
        JsonObject s = ok(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主王五","applicantPhone":"13900001111","reason":"长期空置"}"""
                .formatted(unit)), 201);
        long id = s.getJsonNumber("id").longValue();
        String path = "/api/v1/hot-water-sealings/" + id;
        assertEquals("AGREED", s.getString("state"));
        assertTrue(s.getString("agreementNumber").startsWith("RS"), s.toString());
        problem(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主王五"}""".formatted(unit)), 409);
        problem(Api.post("assistant", path + "/settlement", "{}"), 409);

        problem(Api.post("assistant", path + "/final-reading", "{\"reading\":\"99.00\"}"), 400);
        JsonObject read = ok(Api.post("assistant", path + "/final-reading", "{\"reading\":\"112.50\"}"), 200);
        assertEquals("READ", read.getString("state"));
        // by hand: (112.50 − 100.00) × 25.00 = 312.50
        assertEquals(new BigDecimal("312.50"), read.getJsonNumber("finalAmount").bigDecimalValue());
        assertEquals(THIS_MONTH.toString(), read.getString("readingPeriod"));
        long bill = read.getJsonNumber("chargeBillId").longValue();
        assertEquals(new BigDecimal("312.50"), ok(Api.get("assistant", path + "/open-fees"), 200)
                .getJsonNumber("openFees").bigDecimalValue());
        Api.Reply unpaid = Api.post("assistant", path + "/settlement", "{}");
        problem(unpaid, 409);
        assertTrue(unpaid.body().contains("312.50"), unpaid.body());

        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"312.50","method":"CASH","billId":%d}""".formatted(unit, bill)), 201);
        assertEquals("IN_APPROVAL", ok(Api.post("assistant", path + "/settlement", "{}"), 200).getString("state"));
        assertEquals(-1, approvalOf("frontdesk", id));
        problem(Api.post("engineer", path + "/sealing", "{\"sealNumber\":\"F-1\"}"), 409);
        approve(id);
        JsonObject approved = ok(Api.get("engineer", path), 200);
        assertEquals("APPROVED", approved.getString("state"));
        assertNotNull(approved.getString("taskNumber", null), "engineering got its task: " + approved);

        problem(Api.post("frontdesk", path + "/sealing", "{\"sealNumber\":\"F-1\"}"), 403);
        problem(Api.post("tech", path + "/sealing", "{\"sealNumber\":\" \"}"), 400);
        JsonObject sealed = ok(Api.post("tech", path + "/sealing", """
                {"sealNumber":"FD-0001","remarks":"表及表部件交业主保管"}"""), 200);
        assertEquals("SEALED", sealed.getString("state"));

        String code = unitCode(estate, unit);
        long file = ok(Api.post("archivist", "/api/v1/archive-files", """
                {"estateId":%d,"kind":"OWNER","unitCode":"%s","title":"业主档案 %s","location":"档案室 B 柜"}"""
                .formatted(estate, code, code)), 201).getJsonNumber("id").longValue();
        problem(Api.post("assistant", path + "/archiving", "{\"fileId\":" + file + "}"), 403);
        JsonObject archived = ok(Api.post("archivist", path + "/archiving", """
                {"fileId":%d,"location":"档案室 B 柜 3 层"}""".formatted(file)), 200);
        assertEquals("ARCHIVED", archived.getString("state"));
        JsonArray items = ok(Api.get("archivist", "/api/v1/archive-files/" + file), 200).getJsonArray("items");
        assertTrue(items.stream().map(JsonValue::asJsonObject).anyMatch(i -> i.getString("docType").equals("AGREEMENT")
                && i.getString("title").contains(s.getString("agreementNumber"))), items.toString());

        // the month's bill has no hot-water line: the final reading was billed by the sealing
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, THIS_MONTH)))
                .getString("state"));
        JsonArray bills = GivenBilling.bills(unit, THIS_MONTH);
        List<String> items1 = bills.stream().map(JsonValue::asJsonObject)
                .filter(b -> !"CHARGE".equals(b.getString("kind", "")))
                .flatMap(b -> b.getJsonArray("lines").stream()).map(l -> l.asJsonObject().getString("item")).toList();
        assertTrue(!items1.isEmpty() && !items1.contains("HOT_WATER"), bills.toString());
        // the archived sealing still seals the meter: no new sealing until engineering unseals it
        Api.Reply again = Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主王五"}""".formatted(unit));
        problem(again, 409);
        assertEquals("error.hotwater.stillSealed", again.json().getString("code"), again.body());
        ok(Api.post("tech", path + "/unsealing", "{\"remarks\":\"业主回住\"}"), 200);
        ok(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主王五"}""".formatted(unit)), 201);
        assertTrue(Api.get(null, "/openapi").body().contains("/api/v1/hot-water-sealings/{id}/final-reading:"));
    }

    @Test
    void theDeskRecordsTheAgreementAndReadsTheMeterOnThePage() {
        long estate = GivenEstates.freshEstate("HP", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(1);
        ok(Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"40.00"}"""
                .formatted(unit, THIS_MONTH.minusMonths(1))), 201);
        String estateName = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("assistant", "/hotwater/sealings.xhtml");
            browser.press("[id$='newSealing']");
            browser.selectContaining("estateId", estateName);
            browser.type("input[id$='unitCode']", unitCode(estate, unit));
            browser.type("input[id$='applicant']", "业主赵六");
            browser.press("[id$='saveSealing']");
            browser.waitForText("热水封堵协议 RS");
            browser.press("[id$='sealings:0:read']");
            browser.type("input[id$='reading_input']", "42");
            browser.press("[id$='saveReading']");
            browser.waitForText("结算热水费 50.00");
            assertEquals("已抄表", browser.find("td.sealing-state").getText());
            browser.press("[id$='sealings:0:settle']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("尚有 50.00 未缴");
            browser.screenshot("hot-water-sealing");
        }
    }

    /** Takes a unit through agreement, final reading (period {@code read}), payment, approval and seal. */
    private static long sealUnit(long unit, YearMonth read, String reading, String seal) {
        long id = ok(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主孙七"}""".formatted(unit)), 201).getJsonNumber("id").longValue();
        String path = "/api/v1/hot-water-sealings/" + id;
        JsonObject read1 = ok(Api.post("assistant", path + "/final-reading", """
                {"reading":"%s","period":"%s"}""".formatted(reading, read)), 200);
        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"%s","method":"CASH","billId":%d}""".formatted(unit,
                read1.getJsonNumber("finalAmount").bigDecimalValue().toPlainString(),
                read1.getJsonNumber("chargeBillId").longValue())), 201);
        ok(Api.post("assistant", path + "/settlement", "{}"), 200);
        approve(id);
        assertEquals("SEALED", ok(Api.post("tech", path + "/sealing", """
                {"sealNumber":"%s"}""".formatted(seal)), 200).getString("state"));
        return id;
    }

    @Test
    void aSealedMeterTakesNoReadingByTheApiTheImportOrThePageUntilEngineeringUnsealsIt() {
        long estate = GivenEstates.freshEstate("HU", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(2);
        String code = unitCode(estate, unit);
        ok(Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"10.00"}"""
                .formatted(unit, THIS_MONTH.minusMonths(2))), 201);
        long id = sealUnit(unit, THIS_MONTH.minusMonths(1), "20.00", "FD-0777");
        String reading = """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"25.00"}""".formatted(unit, THIS_MONTH);

        Api.Reply refused = Api.post("assistant", "/api/v1/meter-readings", reading);
        problem(refused, 400);
        assertEquals("error.reading.sealed", refused.json().getString("code"), refused.body());
        assertEquals("reading", refused.json().getString("field"), refused.body());
        assertTrue(refused.json().getString("detail").contains("FD-0777"), refused.body());
        // other meters of the unit are not sealed
        ok(Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"COLD_WATER","period":"%s","reading":"5.00"}""".formatted(unit, THIS_MONTH)),
                201);

        // the reading sheet marks the sealed unit (and only it)
        try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(GivenBilling.readingSheet(estate)))) {
            java.util.Map<String, String> marks = new java.util.HashMap<>();
            for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
                if (r.getRowNum() > 0) {
                    org.apache.poi.ss.usermodel.Cell c = r.getCell(5);
                    marks.put(r.getCell(0).getStringCellValue(), c == null ? "" : c.getStringCellValue());
                }
            }
            assertTrue(marks.get(code).contains("FD-0777"), marks.toString());
            assertEquals(1, marks.values().stream().filter(m -> !m.isEmpty()).count(), marks.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Api.Reply imported = Api.upload("assistant", GivenBilling.readingImportPath(estate, THIS_MONTH), xlsx,
                GivenBilling.fillReadings(GivenBilling.readingSheet(estate), java.util.Map.of(code, "25"), List.of()));
        assertEquals(400, imported.status(), imported.body());
        JsonObject row = imported.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(code, row.getString("key"));
        assertTrue(row.getString("message").contains("sealed"), row.toString());

        String estateName = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("assistant", "/billing/readings.xhtml");
            browser.selectContaining("estateId", estateName);
            browser.type("input[id$='unitCode']", code);
            browser.typeDate("input[id$='period_input']", THIS_MONTH.toString());
            browser.type("input[id$='reading_input']", "25");
            browser.press("[id$='record']");
            browser.waitForText("热水表已封堵");
            assertTrue(browser.find("[id$='fields'] .ui-message-error").getText().contains("FD-0777"),
                    "the refusal is shown at the reading field");
            browser.screenshot("reading-sealed-meter");
        }
        assertEquals(0, Api.get("assistant", "/api/v1/meter-readings?unitId=" + unit).array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("period").equals(THIS_MONTH.toString())
                        && r.getString("meter").equals("HOT_WATER")).count(), "nothing recorded while sealed");

        String path = "/api/v1/hot-water-sealings/" + id;
        problem(Api.post("frontdesk", path + "/unsealing", "{}"), 403);
        JsonObject open = ok(Api.post("tech", path + "/unsealing", "{\"remarks\":\"业主回住\"}"), 200);
        assertEquals("UNSEALED", open.getString("state"));
        assertEquals("tech", open.getString("unsealedBy"));
        problem(Api.post("tech", path + "/unsealing", "{}"), 409);
        ok(Api.post("assistant", "/api/v1/meter-readings", reading), 201);
    }
}
