package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's calendar (R3.1's working days) over HTTP: the administrator marks holidays, others may read but not
 * change it, and a decoration application's decision falls due three working days later counting the holidays.
 * Uses the Chongqing company, whose decorations no other test counts on, and removes its holidays again.
 */
class HolidayIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void holidaysPushTheDecorationDecisionBackAndOnlyTheAdministratorSetsThem() {
        long company = Api.get("manager2", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        String path = "/api/v1/companies/" + company + "/holidays";
        // the next three weekdays from tomorrow become a holiday
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate d = LocalDate.now(ZONE).plusDays(1); off.size() < 3; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                off.add(d);
            }
        }
        assertEquals(403, Api.put("manager2", path, """
                {"from":"%s","name":"测试假期"}""".formatted(off.get(0))).status());
        assertEquals(400, Api.put("admin", path, """
                {"from":"%s","to":"%s","name":"测试假期"}""".formatted(off.get(0), off.get(0).plusDays(40))).status());
        assertEquals(400, Api.put("admin", path, """
                {"from":"%s","name":" "}""".formatted(off.get(0))).status());
        try {
            for (LocalDate d : off) {
                Api.Reply set = Api.put("admin", path, """
                        {"from":"%s","working":false,"name":"测试假期"}""".formatted(d));
                assertEquals(200, set.status(), set.body());
            }
            JsonArray listed = Api.get("manager2", path + "?year=" + off.get(0).getYear()).array();
            assertTrue(listed.stream().anyMatch(h -> h.asJsonObject().getString("day").equals(off.get(0).toString())
                    && !h.asJsonObject().getBoolean("working")), listed.toString());

            long estate = Api.get("frontdesk2", "/api/v1/estates").array().getJsonObject(0).getJsonNumber("id")
                    .longValue();
            long unit = Api.get("frontdesk2", "/api/v1/estates/" + estate + "/units?size=1").json()
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            LocalDate start = LocalDate.now(ZONE).plusDays(10);
            Api.Reply applied = Api.post("frontdesk2", "/api/v1/decoration-applications", """
                    {"unitId":%d,"contractorName":"日历测试装饰","plan":"墙面翻新","alterations":[],
                     "startDate":"%s","endDate":"%s"}""".formatted(unit, start, start.plusDays(30)));
            assertEquals(201, applied.status(), applied.body());
            JsonObject a = applied.json();
            ZonedDateTime submitted = OffsetDateTime.parse(a.getString("submittedAt")).atZoneSameInstant(ZONE);
            ZonedDateTime due = OffsetDateTime.parse(a.getString("decisionDueAt")).atZoneSameInstant(ZONE);
            // by hand: three working days after the submission, the holidays and weekends skipped
            ZonedDateTime expected = submitted;
            while (!working(expected.toLocalDate(), off)) {
                expected = expected.plusDays(1);
            }
            for (int left = 3; left > 0;) {
                expected = expected.plusDays(1);
                if (working(expected.toLocalDate(), off)) {
                    left--;
                }
            }
            assertEquals(expected.toInstant(), due.toInstant(), a.toString());
            assertTrue(due.toLocalDate().isAfter(off.get(2)), "after the holidays: " + due);
        } finally {
            for (LocalDate d : off) {
                Api.delete("admin", path + "/" + d);
            }
        }
        assertEquals(404, Api.delete("admin", path + "/" + off.get(0)).status());
    }

    @Test
    void theAdministratorRecordsAndRemovesAHolidayOnThePage() {
        int year = LocalDate.now(ZONE).getYear() + 1;
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("admin", "/admin/holidays.xhtml");
            browser.select("year", Integer.toString(year));
            browser.press("[id$='newHolidays']");
            browser.typeDate("input[id$='from_input']", year + "-10-01");
            browser.typeDate("input[id$='to_input']", year + "-10-03");
            browser.type("input[id$='name']", "国庆节");
            browser.press("[id$='saveHolidays']");
            browser.waitForText("已登记 3 天");
            assertTrue(browser.text().contains(year + "-10-01") && browser.text().contains(year + "-10-03"),
                    browser.text());
            browser.screenshot("holidays");
            for (int i = 0; i < 3; i++) {
                browser.press("[id$='holidays:0:remove']");
                browser.press(".ui-confirmdialog-yes");
                browser.waitForText("已恢复为普通日期");
            }
            browser.waitForText("没有符合条件的记录");
        }
    }

    private static boolean working(LocalDate day, List<LocalDate> off) {
        return !off.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
