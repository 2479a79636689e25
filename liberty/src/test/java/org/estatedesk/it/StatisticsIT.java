package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.GivenStatistics.finished;
import static org.estatedesk.it.GivenStatistics.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly-statistics job (R6.2) through the API against the running server. The test sets up a fresh estate's
 * month itself — receptions, tasks completed on time and late, an open effective complaint and a venting one, a
 * repair reported three times (moved up to the developer), callbacks, bills of the month before and a payment — runs
 * the job and compares every figure with the value computed here from the data the API returned. Every record is
 * stamped with the server's time, so the service-desk figures are the current month's (a provisional snapshot), and
 * the billing figures are last month's, a closed month: a payment taken later does not change its snapshot until
 * the month is run again. Runs are for managers only; impossible months are a 400.
 */
class StatisticsIT {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final YearMonth NOW = GivenStatistics.NOW;
    static final YearMonth LAST = NOW.minusMonths(1);
    private static long estate;
    private static JsonArray units;
    private static final List<Long> TASKS = new ArrayList<>();
    private static int receptions;
    private static int satisfied;
    private static int fair;
    private static int dissatisfied;
    private static BigDecimal billedLast;
    private static BigDecimal paid = BigDecimal.ZERO;

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long unit(int i) {
        return units.getJsonObject(i).getJsonNumber("id").longValue();
    }

    private static long task(long unit, String body) {
        receptions++;
        long t = id(GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate, unit)),
                body));
        TASKS.add(t);
        return t;
    }

    private static void completeRepair(long task) {
        GivenServiceDesk.act("engineer", task, """
                {"action":"ASSIGN","assignee":"tech"}""");
        GivenServiceDesk.act("tech", task, """
                {"action":"PLAN","comment":"更换阀门"}""");
        GivenServiceDesk.act("tech", task, """
                {"action":"COMPLETE","workDone":"更换阀门","materials":"阀门","charge":0,"signedOffBy":"王先生",
                 "arrivedAt":"%s"}""".formatted(OffsetDateTime.now().minusMinutes(1)));
    }

    private static void callback(long task, String result) {
        Api.Reply r = Api.post("frontdesk", "/api/v1/tasks/" + task + "/callbacks", """
                {"result":"%s","comment":"回访"}""".formatted(result));
        assertEquals(201, r.status(), r.body());
        switch (result) {
            case "SATISFIED" -> satisfied++;
            case "FAIR" -> fair++;
            default -> dissatisfied++;
        }
    }

    /** Takes a cash payment for a unit (allocated to its oldest bills). */
    private static void pay(long unit, String amount) {
        Api.Reply r = Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"%s","method":"CASH"}""".formatted(unit, amount));
        assertEquals(201, r.status(), r.body());
        paid = paid.add(new BigDecimal(amount));
    }

    @BeforeAll
    static void aMonthOfOneEstate() throws InterruptedException {
        estate = GivenEstates.freshEstate("ST", 3);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
        assertEquals(12, units.size());

        // on time: a repair due in three hours, completed at once, callback satisfied
        long onTime = task(unit(0), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        completeRepair(onTime);
        callback(onTime, "SATISFIED");
        // late: a special task due two seconds after its creation, completed after that, callback fair
        long late = task(unit(1), """
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"SPECIAL","dueAt":"%s"}"""
                .formatted(OffsetDateTime.now().plusSeconds(2)));
        Thread.sleep(3_000);
        completeRepair(late);
        callback(late, "FAIR");
        // an effective complaint completed, callback dissatisfied (it reopens)
        long complaint = task(unit(2), """
                {"kind":"COMPLAINT","complaintType":"EFFECTIVE","categoryCode":"noise"}""");
        GivenServiceDesk.act("manager", complaint, """
                {"action":"ASSIGN","assignee":"assistant"}""");
        GivenServiceDesk.act("assistant", complaint, """
                {"action":"PLAN"}""");
        GivenServiceDesk.act("assistant", complaint, """
                {"action":"COMPLETE","comment":"已协调"}""");
        callback(complaint, "DISSATISFIED");
        // a consultation answered directly, no callback; an open venting complaint; an open repair
        long consultation = task(unit(3), """
                {"kind":"CONSULTATION","categoryCode":"noise"}""");
        GivenServiceDesk.act("manager", consultation, """
                {"action":"ASSIGN","assignee":"assistant"}""");
        GivenServiceDesk.act("assistant", consultation, """
                {"action":"COMPLETE","comment":"已答复"}""");
        task(unit(4), """
                {"kind":"COMPLAINT","complaintType":"VENTING","categoryCode":"noise"}""");
        // the same leak reported three times after fixes that failed (the first came back, the second was called
        // unsatisfactory): the third is a complaint moved up to the developer (R1.10)
        for (int i = 0; i < 3; i++) {
            long leak = task(unit(5), """
                    {"kind":"REPAIR","categoryCode":"bathroom-leak"}""");
            if (i < 2) {
                GivenServiceDesk.act("manager", leak, """
                        {"action":"ASSIGN","assignee":"assistant"}""");
                GivenServiceDesk.act("assistant", leak, """
                        {"action":"PLAN"}""");
                GivenServiceDesk.act("assistant", leak, "{\"action\":\"COMPLETE\","
                        + GivenServiceDesk.onSite("已修复") + "}");
                callback(leak, i == 0 ? "SATISFIED" : "DISSATISFIED");
            }
        }

        // last month billed, one unit pays part of it
        GivenBilling.rates(estate);
        JsonObject run = GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, LAST)));
        assertEquals("COMPLETED", run.getString("state"), run.toString());
        billedLast = run.getJsonNumber("amountTotal").bigDecimalValue();
        pay(unit(0), "100.00");
    }

    static JsonObject completed(String period) {
        JsonObject run = finished(start(period));
        assertEquals("COMPLETED", run.getString("state"), run.toString());
        assertEquals(period, run.getString("period"));
        assertEquals(run.getInt("estatesTotal"), run.getInt("estatesDone"));
        assertEquals(100, run.getInt("percent"));
        return run;
    }

    static JsonObject figures(YearMonth period) {
        Api.Reply r = Api.get("manager", "/api/v1/statistics?period=" + period + "&estateId=" + estate);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).bigDecimalValue();
    }

    private static void assertDecimal(BigDecimal expected, JsonObject o, String field) {
        BigDecimal actual = decimal(o, field);
        if (expected == null || actual == null) {
            assertEquals(expected, actual, field + " in " + o);
        } else {
            assertEquals(0, expected.compareTo(actual), field + ": expected " + expected + " in " + o);
        }
    }

    /** code → {requests, completed, onTime} from a breakdown array. */
    private static Map<String, List<Long>> lines(JsonArray a) {
        Map<String, List<Long>> m = new TreeMap<>();
        for (JsonValue v : a) {
            JsonObject b = v.asJsonObject();
            m.put(b.getString("code"), List.of(b.getJsonNumber("requests").longValue(),
                    b.getJsonNumber("completed").longValue(), b.getJsonNumber("completedOnTime").longValue()));
        }
        return m;
    }

    private static void add(Map<String, List<Long>> m, String code, long requests, long completed, long onTime) {
        List<Long> before = m.getOrDefault(code, List.of(0L, 0L, 0L));
        m.put(code, List.of(before.get(0) + requests, before.get(1) + completed, before.get(2) + onTime));
    }

    @Test
    void theMonthsFiguresAreThoseOfTheDataAndStayUntilTheMonthIsRunAgain() {
        // what the figures must be, from the tasks as the API reports them now
        long requests = 0;
        long completed = 0;
        long onTime = 0;
        long calledBack = 0;
        long complaints = 0;
        long developer = 0;
        long hq = 0;
        Duration handling = Duration.ZERO;
        Map<String, List<Long>> byKind = new TreeMap<>();
        Map<String, List<Long>> byCategory = new TreeMap<>();
        Map<String, List<Long>> byTier = new TreeMap<>();
        for (long id : TASKS) {
            JsonObject t = Api.get("manager", "/api/v1/tasks/" + id).json();
            requests++;
            String kind = t.getString("kind");
            String type = t.getString("complaintType", null);
            if (kind.equals("COMPLAINT") && (type == null || type.equals("EFFECTIVE"))) {
                complaints++;
            }
            developer += t.getString("escalationLevel").equals("DEVELOPER") ? 1 : 0;
            hq += t.getString("escalationLevel").equals("HQ") ? 1 : 0;
            long done = 0;
            long inTime = 0;
            if (t.getString("completedAt", null) != null) {
                OffsetDateTime at = OffsetDateTime.parse(t.getString("completedAt"));
                done = 1;
                inTime = at.isAfter(OffsetDateTime.parse(t.getString("dueAt"))) ? 0 : 1;
                handling = handling.plus(Duration.between(OffsetDateTime.parse(t.getString("createdAt")), at));
                calledBack += t.getJsonArray("callbacks").isEmpty() ? 0 : 1;
            }
            completed += done;
            onTime += inTime;
            add(byKind, kind, 1, done, inTime);
            add(byCategory, t.getString("categoryCode"), 1, done, inTime);
            add(byTier, t.getString("tier"), 1, done, inTime);
        }
        assertEquals(8, requests);
        assertEquals(1, developer, "the third report of the leak");
        assertTrue(completed >= 3 && onTime >= 1 && onTime < completed, "on time and late: " + byTier);

        JsonObject run = completed(NOW.toString());
        JsonObject f = figures(NOW);
        assertEquals(estate, f.getJsonNumber("estateId").longValue());
        assertEquals(NOW.toString(), f.getString("period"));
        assertEquals(false, f.getBoolean("closed"), "the current month is provisional");
        assertEquals(12, f.getInt("units"));
        assertEquals(receptions, f.getInt("receptions"));
        assertEquals(requests, f.getInt("requests"));
        assertEquals(byKind, lines(f.getJsonArray("byKind")));
        assertEquals(byCategory, lines(f.getJsonArray("byCategory")));
        assertEquals(byTier, lines(f.getJsonArray("byTier")));
        assertEquals(completed, f.getInt("completed"));
        assertEquals(onTime, f.getInt("completedOnTime"));
        assertDecimal(percent(onTime, completed), f, "onTimeRate");
        BigDecimal minutes = BigDecimal.valueOf(handling.toNanos()).divide(BigDecimal.valueOf(60_000_000_000L * completed),
                1, RoundingMode.HALF_UP);
        assertTrue(minutes.subtract(decimal(f, "averageHandlingMinutes")).abs().compareTo(new BigDecimal("0.1")) <= 0,
                "average handling " + minutes + " in " + f);
        assertEquals(calledBack, f.getInt("calledBack"));
        assertDecimal(percent(calledBack, completed), f, "callbackRate");
        assertEquals(satisfied, f.getInt("callbacksSatisfied"));
        assertEquals(fair, f.getInt("callbacksFair"));
        assertEquals(dissatisfied, f.getInt("callbacksDissatisfied"));
        assertDecimal(percent(satisfied, satisfied + fair + dissatisfied), f, "satisfactionRate");
        assertEquals(developer, f.getInt("escalatedDeveloper"));
        assertEquals(hq, f.getInt("escalatedHq"));
        assertEquals(developer + hq, f.getInt("escalations"));
        assertEquals(complaints, f.getInt("complaints"));
        assertDecimal(BigDecimal.valueOf(complaints * 1000).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP),
                f, "complaintPermille");
        assertEquals(0, f.getInt("violations"), "no violation recorded in the test's estate");
        assertDecimal(null, f, "violationPermille");
        assertDecimal(BigDecimal.ZERO, f, "billed");
        assertDecimal(null, f, "collectionRate");
        assertDecimal(billedLast.subtract(paid), f, "arrears");

        // running the month again gives the same snapshot, one revision on
        completed(NOW.toString());
        JsonObject again = figures(NOW);
        assertEquals(f.getInt("revision") + 1, again.getInt("revision"));
        assertEquals(withoutRun(f), withoutRun(again));
        assertTrue(Api.get("manager", "/api/v1/statistics?period=" + NOW).array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("estateId").longValue() == estate));
        assertEquals(run.getInt("estatesTotal"), Api.get("manager", "/api/v1/statistics?period=" + NOW).array().size(),
                "every estate of the company has its snapshot");

        // data added afterwards changes nothing until the month is run again
        task(unit(6), """
                {"kind":"COMPLAINT","complaintType":"EFFECTIVE","categoryCode":"noise"}""");
        assertEquals(withoutRun(again), withoutRun(figures(NOW)));
        completed(NOW.toString());
        JsonObject after = figures(NOW);
        assertEquals(requests + 1, after.getInt("requests"));
        assertEquals(complaints + 1, after.getInt("complaints"));
    }

    @Test
    void aClosedMonthKeepsItsFiguresWhenLaterPaymentsArrive() {
        completed(LAST.toString());
        JsonObject f = figures(LAST);
        BigDecimal before = paid;
        assertTrue(f.getBoolean("closed"));
        assertEquals(0, f.getInt("requests"), "every task of the test is this month's");
        assertDecimal(billedLast, f, "billed");
        assertDecimal(before, f, "collected");
        assertDecimal(before.multiply(BigDecimal.valueOf(100)).divide(billedLast, 1, RoundingMode.HALF_UP), f,
                "collectionRate");
        assertDecimal(billedLast.subtract(before), f, "arrears");

        pay(unit(1), "50.00");
        assertEquals(withoutRun(f), withoutRun(figures(LAST)), "a closed month does not change");
        completed(LAST.toString());
        JsonObject rerun = figures(LAST);
        assertEquals(f.getInt("revision") + 1, rerun.getInt("revision"));
        assertDecimal(before.add(new BigDecimal("50.00")), rerun, "collected");
        assertDecimal(billedLast.subtract(paid), rerun, "arrears");
    }

    @Test
    void aFailedRunRestartsAndEndsWithTheSnapshotsOfACleanRun() {
        completed(LAST.toString());
        JsonObject clean = figures(LAST);
        Api.Reply r = Api.post("manager", "/api/v1/statistics/runs", """
                {"period":"%s","chunkSize":1,"failAfterEstates":1}""".formatted(LAST));
        assertEquals(202, r.status(), r.body());
        long id = id(r.json());
        JsonObject failed = finished(id);
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertEquals(1, failed.getInt("estatesDone"));
        assertEquals(202, Api.post("manager", "/api/v1/statistics/runs/" + id + "/restart", "").status());
        JsonObject done = finished(id);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        assertEquals(done.getInt("estatesTotal"), done.getInt("estatesDone"));
        JsonObject restarted = figures(LAST);
        assertNotEquals(clean.getInt("revision"), restarted.getInt("revision"));
        assertEquals(withoutRun(clean), withoutRun(restarted));
    }

    @Test
    void onlyManagersRunStatisticsAndImpossibleMonthsAreRefused() {
        problem(Api.post("frontdesk", "/api/v1/statistics/runs", "{\"period\":\"" + LAST + "\"}"), 403);
        problem(Api.post("finance", "/api/v1/statistics/runs", "{\"period\":\"" + LAST + "\"}"), 403);
        for (String period : new String[] {"2026-13", "abc", "", NOW.plusMonths(1).toString(), "1999-12"}) {
            problem(Api.post("manager", "/api/v1/statistics/runs", "{\"period\":\"" + period + "\"}"), 400);
        }
        problem(Api.post("manager", "/api/v1/statistics/runs", "{}"), 400);
        problem(Api.get("manager", "/api/v1/statistics?period=2026-13&estateId=" + estate), 400);
        problem(Api.get("manager", "/api/v1/statistics?period=abc"), 400);
        problem(Api.get("manager", "/api/v1/statistics?period=" + NOW.plusMonths(1)), 400);
        problem(Api.get("manager2", "/api/v1/statistics?period=" + NOW + "&estateId=" + estate), 404);
        problem(Api.get("manager", "/api/v1/statistics?period=2001-01&estateId=" + estate), 404);
        String openapi = Api.get("manager", "/openapi").body();
        assertTrue(openapi.contains("/api/v1/statistics/runs") || openapi.contains("/statistics/runs"), "OpenAPI");
    }

    /** The figures without what differs between two runs of the same data: revision, run and time. */
    private static JsonObject withoutRun(JsonObject f) {
        var b = jakarta.json.Json.createObjectBuilder(f);
        b.remove("revision");
        b.remove("runId");
        b.remove("computedAt");
        return b.build();
    }
}
