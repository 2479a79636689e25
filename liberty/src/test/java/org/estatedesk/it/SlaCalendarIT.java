package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R1.5 by the company's working calendar, over HTTP: a DIFFICULT task falls due three working days after its creation
 * with the company's holidays skipped and its worked weekend day (调休) counted, and a task waiting on the customer is
 * never overdue and resumes with its due time later by the time it waited. The holidays are those of a company of
 * its own (created here, with the standard library), so no other test's due times change.
 */
class SlaCalendarIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static long company;
    private static long estate;

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @BeforeAll
    static void ownCompany() {
        String sfx = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        JsonObject xiamen = Api.get("admin", "/api/v1/companies").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").contains("厦门")).findFirst().orElseThrow();
        company = id(ok(Api.post("admin", "/api/v1/companies", """
                {"parentId":%d,"code":"SL%s","name":"时限日历测试公司 %s"}""".formatted(xiamen.getJsonNumber("parentId")
                .longValue(), sfx, sfx)), 201));
        Api.Reply library = Api.post("admin", "/api/v1/categories/standard?companyId=" + company, "{}");
        assertEquals(200, library.status(), library.body());
        estate = id(ok(Api.post("admin", "/api/v1/estates", """
                {"companyId":%d,"code":"SLE%s","name":"时限日历测试项目","city":"厦门","address":"x"}"""
                .formatted(company, sfx)), 201));
    }

    private static JsonObject task(String body) {
        JsonObject reception = ok(Api.post("admin", "/api/v1/receptions", """
                {"estateId":%d,"location":"3 号楼大堂","channel":"PHONE","callerName":"李女士",
                 "callerPhone":"138 0592 0002","description":"大堂水管漏水"}""".formatted(estate)), 201);
        return ok(Api.post("admin", "/api/v1/receptions/" + id(reception) + "/tasks", body), 201);
    }

    private static JsonObject act(long task, String body) {
        return ok(Api.post("admin", "/api/v1/tasks/" + task + "/actions", body), 200);
    }

    @Test
    void aDifficultTaskSkipsTheCompanysHolidaysAndCountsItsWorkedWeekendDay() {
        // the next two weekdays become holidays, the first weekend day after today is worked in exchange
        List<LocalDate> off = new ArrayList<>();
        LocalDate worked = null;
        for (LocalDate d = LocalDate.now(ZONE).plusDays(1); off.size() < 2 || worked == null; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && off.size() < 2) {
                off.add(d);
            } else if (weekend && worked == null) {
                worked = d;
            }
        }
        String path = "/api/v1/companies/" + company + "/holidays";
        for (LocalDate d : off) {
            Api.Reply set = Api.put("admin", path, """
                    {"from":"%s","working":false,"name":"测试假期"}""".formatted(d));
            assertEquals(200, set.status(), set.body());
        }
        Api.Reply set = Api.put("admin", path, """
                {"from":"%s","working":true,"name":"测试调休"}""".formatted(worked));
        assertEquals(200, set.status(), set.body());

        JsonObject t = task("""
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"DIFFICULT"}""");
        assertEquals("DIFFICULT", t.getString("tier"));
        ZonedDateTime created = OffsetDateTime.parse(t.getString("createdAt")).atZoneSameInstant(ZONE);
        ZonedDateTime due = OffsetDateTime.parse(t.getString("dueAt")).atZoneSameInstant(ZONE);
        // by hand: three working days after creation, the holidays and the other weekend days skipped
        ZonedDateTime expected = created;
        while (!working(expected.toLocalDate(), off, worked)) {
            expected = expected.plusDays(1);
        }
        for (int left = 3; left > 0;) {
            expected = expected.plusDays(1);
            if (working(expected.toLocalDate(), off, worked)) {
                left--;
            }
        }
        assertEquals(expected.toInstant(), due.toInstant(), t.toString());
        assertTrue(due.toLocalDate().isAfter(off.get(1)), "after the holidays: " + due);
        assertFalse(off.contains(due.toLocalDate()), "never on a holiday: " + due);
        assertEquals(created.toLocalTime(), due.toLocalTime(), "the same time of day");

        // a complex task (3 hours) stays on the clock
        JsonObject complex = task("""
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"COMPLEX"}""");
        assertEquals(Duration.ofHours(3), Duration.between(OffsetDateTime.parse(complex.getString("createdAt")),
                OffsetDateTime.parse(complex.getString("dueAt"))));
    }

    @Test
    void aTaskWaitingOnTheCustomerIsNeverOverdueAndResumesWithItsDueTimeMovedOn() throws InterruptedException {
        // agreed to be done in five seconds: waiting past that moment it is not overdue
        OffsetDateTime agreed = OffsetDateTime.now().plusSeconds(5);
        JsonObject t = task("""
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"SPECIAL","dueAt":"%s"}""".formatted(agreed));
        long task = id(t);
        OffsetDateTime due = OffsetDateTime.parse(t.getString("dueAt"));
        JsonObject waiting = act(task, """
                {"action":"WAIT_CUSTOMER","comment":"业主外出，约定下周一上门"}""");
        long waitedFrom = System.nanoTime();
        assertEquals("WAITING_CUSTOMER", waiting.getString("state"));
        assertFalse(waiting.getBoolean("overdue"));

        // a measured pause past the due time (not a wait for a condition)
        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), due).toMillis()) + 1500);
        JsonObject still = Api.get("admin", "/api/v1/tasks/" + task).json();
        assertEquals("WAITING_CUSTOMER", still.getString("state"));
        assertFalse(still.getBoolean("overdue"), "past its due time, but waiting on the customer");
        assertTrue(still.containsKey("pausedSince") && !still.isNull("pausedSince"), still.toString());
        assertTrue(Api.get("admin", "/api/v1/tasks?overdue=true&estateId=" + estate + "&size=200").json()
                .getJsonArray("items").stream().noneMatch(v -> id(v.asJsonObject()) == task), "not on the overdue list");
        assertTrue(Api.get("admin", "/api/v1/tasks?state=WAITING_CUSTOMER&estateId=" + estate + "&size=200").json()
                .getJsonArray("items").stream().anyMatch(v -> id(v.asJsonObject()) == task), "listed as waiting");

        Duration measured = Duration.ofNanos(System.nanoTime() - waitedFrom);
        JsonObject resumed = act(task, """
                {"action":"RESUME"}""");
        assertEquals("TO_ASSIGN", resumed.getString("state"), "back where it waited");
        Duration moved = Duration.between(due, OffsetDateTime.parse(resumed.getString("dueAt")));
        assertTrue(moved.compareTo(measured) >= 0, "due later by the time waited: " + moved + " >= " + measured);
        assertTrue(resumed.getJsonNumber("pausedSeconds").longValue() >= measured.toSeconds(), resumed.toString());

        JsonObject detail = Api.get("admin", "/api/v1/tasks/" + task).json();
        List<JsonObject> events = detail.getJsonArray("history").stream().map(JsonValue::asJsonObject).toList();
        JsonObject wait = events.stream().filter(e -> e.getString("action").equals("WAIT_CUSTOMER")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("admin", wait.getString("actor"));
        assertEquals("TO_ASSIGN", wait.getString("fromState"));
        assertEquals("WAITING_CUSTOMER", wait.getString("toState"));
        assertEquals("业主外出，约定下周一上门", wait.getString("comment"));
        JsonObject resume = events.stream().filter(e -> e.getString("action").equals("RESUME")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("WAITING_CUSTOMER", resume.getString("fromState"));
        assertEquals("TO_ASSIGN", resume.getString("toState"));
    }

    private static boolean working(LocalDate day, List<LocalDate> off, LocalDate worked) {
        if (off.contains(day)) {
            return false;
        }
        return day.equals(worked) || day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
