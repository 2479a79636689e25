package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Contractors (R1.14): a repair inside a contractor's scope and warranty goes to him (mailed) with the 24-hour
 * contact time (R1.5: one working day by the company's calendar), one outside does not, and the month's settlement sums his warranty repairs to the cent.
 */
class ContractorIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One working day after {@code t} by the calendar of the company of "manager", read through its API. */
    private static ZonedDateTime oneWorkingDayAfter(ZonedDateTime t) {
        long company = Api.get("manager", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0).longValue();
        Map<LocalDate, Boolean> calendar = new HashMap<>();
        for (int year : new int[] {t.getYear(), t.getYear() + 1}) {
            Api.get("manager", "/api/v1/companies/" + company + "/holidays?year=" + year).array().stream()
                    .map(JsonValue::asJsonObject)
                    .forEach(h -> calendar.put(LocalDate.parse(h.getString("day")), h.getBoolean("working")));
        }
        java.util.function.Predicate<LocalDate> working = d -> calendar.getOrDefault(d,
                d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
        ZonedDateTime due = t;
        while (!working.test(due.toLocalDate())) {
            due = due.plusDays(1);
        }
        do {
            due = due.plusDays(1);
        } while (!working.test(due.toLocalDate()));
        return due;
    }

    @Test
    void warrantyRepairsGoToTheContractorAndAreSettledMonthly() {
        long estate = GivenEstates.freshEstate("WR", 2);
        JsonArray units = Api.get("manager", "/api/v1/estates/" + estate + "/units").json().getJsonArray("items");
        String name = "防水工程" + System.nanoTime() % 100000;
        Api.Reply created = Api.post("manager", "/api/v1/contractors", """
                {"name":"%s","contact":"郭工","phone":"0592-5550000","email":"waterproof@contractor.example.com"}"""
                .formatted(name));
        assertEquals(201, created.status(), created.body());
        long contractor = created.json().getJsonNumber("id").longValue();
        problem(Api.post("manager", "/api/v1/contractors", "{\"name\":\"" + name + "\"}"), 409);
        problem(Api.post("frontdesk", "/api/v1/contractors", "{\"name\":\"x\"}"), 403);

        String lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
        Api.Reply scope = Api.post("manager", "/api/v1/contractors/" + contractor + "/scopes", """
                {"estateId":%d,"buildingCode":"A","categoryCode":"waterproofing","warrantyFrom":"%s"}"""
                .formatted(estate, lastYear));
        assertEquals(201, scope.status(), scope.body());
        assertEquals(60, scope.json().getInt("warrantyMonths"), "the category's warranty period");
        problem(Api.post("manager", "/api/v1/contractors/" + contractor + "/scopes", """
                {"estateId":%d,"categoryCode":"wall-crack","warrantyFrom":"2015-01-01","warrantyMonths":0}"""
                .formatted(estate)), 400);
        assertEquals(201, Api.post("manager", "/api/v1/contractors/" + contractor + "/scopes", """
                {"estateId":%d,"categoryCode":"wall-crack","warrantyFrom":"2015-01-01","warrantyMonths":24}"""
                .formatted(estate)).status(), "an expired warranty");

        long unit = units.getJsonObject(0).getJsonNumber("id").longValue();
        long rec = GivenServiceDesk.reception("frontdesk", estate, unit).getJsonNumber("id").longValue();
        OffsetDateTime before = OffsetDateTime.now();
        JsonObject leak = GivenServiceDesk.task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"bathroom-leak"}""");
        assertTrue(leak.getBoolean("inWarranty"), "a bathroom leak lies under waterproofing");
        assertEquals(contractor, leak.getJsonNumber("contractorId").longValue());
        // R1.5: contact within 24 hours, one working day by the company's calendar (a Friday's leak by Monday); the
        // category's 3 days are later
        ZonedDateTime leakAt = OffsetDateTime.parse(leak.getString("createdAt")).atZoneSameInstant(ZONE);
        assertTrue(!leakAt.toOffsetDateTime().isBefore(before.minusSeconds(1)), leakAt + " " + before);
        assertEquals(oneWorkingDayAfter(leakAt).toInstant(), OffsetDateTime.parse(leak.getString("dueAt")).toInstant(),
                "contact within one working day: " + leak);
        JsonObject crack = GivenServiceDesk.task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"wall-crack"}""");
        assertFalse(crack.getBoolean("inWarranty"), "that warranty ended in 2016");

        String number = leak.getString("number");
        SmtpSink.get().await(m -> m.subject().contains(number) && m.subject().contains("保修")
                && m.recipients().contains("waterproof@contractor.example.com"), Duration.ofSeconds(45));

        long task = leak.getJsonNumber("id").longValue();
        GivenServiceDesk.act("manager", task, "{\"action\":\"ASSIGN\",\"assignee\":\"assistant\"}");
        GivenServiceDesk.act("assistant", task, "{\"action\":\"PLAN\"}");
        GivenServiceDesk.act("assistant", task, """
                {"action":"COMPLETE","charge":"300.10",%s}""".formatted(GivenServiceDesk.onSite("承建商重做防水层")));
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonObject settlement = Api.get("manager", "/api/v1/contractors/" + contractor + "/settlement?period=" + month)
                .json();
        assertEquals(1, settlement.getJsonArray("tasks").size());
        assertEquals("300.10", settlement.getJsonNumber("total").bigDecimalValue().setScale(2).toPlainString());
        problem(Api.get("manager", "/api/v1/contractors/" + contractor + "/settlement?period=2026-13"), 400);
        problem(Api.get("manager2", "/api/v1/contractors/" + contractor), 404);
    }

    @Test
    void aScopesWarrantyIsCorrectedAgainstTheVersionItWasReadAt() {
        long estate = GivenEstates.freshEstate("WC", 2);
        long contractor = register("修缮" + System.nanoTime() % 100000);
        long other = register("另一家" + System.nanoTime() % 100000);
        JsonObject scope = Api.post("manager", "/api/v1/contractors/" + contractor + "/scopes", """
                {"estateId":%d,"categoryCode":"wall-crack","warrantyFrom":"2015-01-01","warrantyMonths":24}"""
                .formatted(estate)).json();
        String path = "/api/v1/contractors/" + contractor + "/scopes/" + scope.getJsonNumber("id").longValue();
        String body = """
                {"warrantyFrom":"2014-01-01","warrantyMonths":36,"version":%d}""".formatted(scope.getInt("version"));
        problem(Api.put("frontdesk", path, body), 403);
        problem(Api.put("manager2", path, body), 404);
        problem(Api.put("manager", path.replace("/" + contractor + "/", "/" + other + "/"), body), 404);
        problem(Api.put("manager", path, """
                {"warrantyFrom":"2014-01-01","warrantyMonths":0}"""), 400);
        Api.Reply changed = Api.put("manager", path, body);
        assertEquals(200, changed.status(), changed.body());
        assertEquals("2016-12-31", changed.json().getString("warrantyUntil"));
        problem(Api.put("manager", path, body.replace("36", "48")), 409);
        JsonObject stored = Api.get("manager", "/api/v1/contractors/" + contractor).json().getJsonArray("scopes")
                .getJsonObject(0);
        assertEquals(36, stored.getInt("warrantyMonths"), "the stale change changed nothing");
        assertEquals("2014-01-01", stored.getString("warrantyFrom"));
        problem(Api.delete("manager", path.replace("/" + contractor + "/", "/" + other + "/")), 404);
        assertEquals(204, Api.delete("manager", path).status());
        problem(Api.put("manager", path, body), 404);
    }

    private static long register(String name) {
        Api.Reply created = Api.post("manager", "/api/v1/contractors", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void aManagerRegistersAContractorAndItsScopeInTheBrowser() {
        String name = "电梯维保" + System.nanoTime() % 100000;
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/servicedesk/contractors.xhtml");
            browser.press("[id$='newContractor']");
            browser.type("input[id$='form:name']", name);
            browser.type("input[id$='form:email']", "lift@contractor.example.com");
            browser.press("[id$='saveContractor']");
            browser.waitForText("承建商 " + name + " 已登记");
            browser.selectContaining("estateId", "XM-HWHY 海湾花园");
            browser.selectContaining("categoryCode", "lift ");
            browser.typeDate("input[id='form:warrantyFrom_input']", "2025-01-01");
            browser.type("input[id='form:warrantyMonths_input']", "24");
            browser.press("[id$='addScope']");
            browser.waitForText("已添加范围");
            assertEquals("2026-12-31", browser.find("td.scope-until").getText());
            browser.screenshot("contractors-manager");
            // the warranty extended by a year in the dialog
            browser.press("[id$='changeScope']");
            browser.type("input[id='changeForm:warrantyMonths_input']", "0");
            browser.press("[id$='saveChange']");
            browser.waitForText("保修期应为 1 到 600 个月");
            browser.type("input[id='changeForm:warrantyMonths_input']", "36");
            browser.press("[id$='saveChange']");
            browser.waitForText("保修已修改，至 2027-12-31");
            assertEquals("2027-12-31", browser.find("td.scope-until").getText());
            assertTrue(browser.driver.findElements(By.cssSelector("td.scope-category")).stream()
                    .anyMatch(td -> td.getText().equals("lift")));
        }
    }
}
