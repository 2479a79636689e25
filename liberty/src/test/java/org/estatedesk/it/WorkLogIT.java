package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problemAt;
import static org.estatedesk.it.GivenStaff.PASSWORD;
import static org.estatedesk.it.GivenStaff.freshStaff;
import static org.estatedesk.it.GivenStaff.week;
import static org.estatedesk.it.GivenStaff.writeWorkLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The work log (R6.4) through the API: a fresh staff member writes last week's days (one entry per day, rewritten in
 * place), nothing ahead of today; his CS manager (same department) lists the team's week with the missing working
 * days, reads his entries and reviews the week once; the entries are then closed to him; the front desk may not
 * review (403) nor read a colleague's log (403); another company's manager does not find him (404).
 */
class WorkLogIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Api.Reply read(String user, String query) {
        return Api.send(user, PASSWORD, HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/work-logs" + query))
                .GET());
    }

    @Test
    void staffWriteTheirDaysAndTheSupervisorReviewsTheWeek() {
        String staff = freshStaff("wl");
        LocalDate monday = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        String lastWeek = week(monday);

        JsonObject first = ok(writeWorkLog(staff, monday, """
                {"workDone":"巡查 1-3 号楼","pending":"3 号楼水泵异响","hours":"7.5"}"""), 201);
        long id = first.getJsonNumber("id").longValue();
        assertEquals(lastWeek, first.getString("week"));
        JsonObject again = ok(writeWorkLog(staff, monday, """
                {"workDone":"巡查 1-3 号楼，更换 2 号楼灯管","hours":8,"version":%d}""".formatted(first.getInt("version"))),
                200);
        assertEquals(id, again.getJsonNumber("id").longValue(), "one entry per day, rewritten in place");
        problemAt(writeWorkLog(staff, monday, """
                {"workDone":"旧版本","version":%d}""".formatted(first.getInt("version"))), 409, null);
        ok(writeWorkLog(staff, monday.plusDays(1), "{\"workDone\":\"维修 5 单\"}"), 201);
        ok(writeWorkLog(staff, monday.plusDays(3), "{\"workDone\":\"配合消防检查\"}"), 201);
        problemAt(writeWorkLog(staff, TODAY.plusDays(1), "{\"workDone\":\"明天的事\"}"), 400, "date");
        problemAt(writeWorkLog(staff, monday.plusDays(4), "{\"workDone\":\"x\",\"hours\":25}"), 400, "hours");
        problemAt(writeWorkLog(staff, monday.plusDays(4), "{\"pending\":\"只有待办\"}"), 400, "workDone");

        JsonArray mine = ok(read(staff, "?from=" + monday + "&to=" + monday.plusDays(6)), 200).getJsonArray("items");
        assertEquals(List.of(monday.toString(), monday.plusDays(1).toString(), monday.plusDays(3).toString()),
                mine.stream().map(v -> v.asJsonObject().getString("date")).toList());
        assertEquals("巡查 1-3 号楼，更换 2 号楼灯管", mine.getJsonObject(0).getString("workDone"));

        // the supervisor's team week: Wednesday and Friday missing
        JsonObject row = ok(Api.get("manager", "/api/v1/work-log-reviews?week=" + lastWeek), 200).getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("username").equals(staff)).findFirst()
                .orElseThrow();
        assertEquals(List.of(monday.plusDays(2).toString(), monday.plusDays(4).toString()), row
                .getJsonArray("missingDays").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertEquals(3, row.getJsonArray("entries").size());
        assertEquals(3, ok(Api.get("manager", "/api/v1/work-logs?username=" + staff + "&from=" + monday + "&to="
                + monday.plusDays(6)), 200).getInt("total"));

        // who may not
        problemAt(Api.get("frontdesk", "/api/v1/work-logs?username=" + staff), 403, null);
        problemAt(Api.get("manager2", "/api/v1/work-logs?username=" + staff), 404, null);
        String review = """
                {"username":"%s","week":"%s","comment":"按时完成，水泵问题请跟进"}""".formatted(staff, lastWeek);
        problemAt(Api.post("frontdesk", "/api/v1/work-log-reviews", review), 403, null);
        problemAt(Api.post("manager2", "/api/v1/work-log-reviews", review), 404, null);
        problemAt(Api.post("manager", "/api/v1/work-log-reviews", """
                {"username":"manager","week":"%s","comment":"自己审自己"}""".formatted(lastWeek)), 403, null);
        problemAt(Api.post("manager", "/api/v1/work-log-reviews", """
                {"username":"%s","week":"%s","comment":"提前"}""".formatted(staff, week(TODAY.plusWeeks(1)))), 400,
                "week");
        problemAt(Api.post("manager", "/api/v1/work-log-reviews", """
                {"username":"%s","week":"2026-48","comment":"格式"}""".formatted(staff)), 400, "week");

        JsonObject reviewed = ok(Api.post("manager", "/api/v1/work-log-reviews", review), 201);
        assertEquals("manager", reviewed.getString("reviewer"));
        assertEquals(lastWeek, reviewed.getString("week"));
        problemAt(Api.post("manager", "/api/v1/work-log-reviews", review), 409, null);

        // the reviewed week is closed to its author: no change, no new day
        problemAt(writeWorkLog(staff, monday, "{\"workDone\":\"审阅后修改\"}"), 409, null);
        problemAt(writeWorkLog(staff, monday.plusDays(2), "{\"workDone\":\"审阅后补写\"}"), 409, null);
        JsonArray after = ok(read(staff, "?from=" + monday + "&to=" + monday.plusDays(6)), 200).getJsonArray("items");
        assertTrue(after.stream().allMatch(v -> v.asJsonObject().getBoolean("reviewed")));
        assertEquals("巡查 1-3 号楼，更换 2 号楼灯管", after.getJsonObject(0).getString("workDone"));
        JsonObject teamRow = ok(Api.get("manager", "/api/v1/work-log-reviews?week=" + lastWeek), 200)
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("username").equals(staff)).findFirst().orElseThrow();
        assertEquals("按时完成，水泵问题请跟进", teamRow.getJsonObject("review").getString("comment"));
        // this week is still open to him
        ok(writeWorkLog(staff, TODAY, "{\"workDone\":\"本周的工作\"}"), 201);
    }
}
