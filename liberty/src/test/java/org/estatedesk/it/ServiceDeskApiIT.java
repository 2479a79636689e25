package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.GivenServiceDesk.act;
import static org.estatedesk.it.GivenServiceDesk.fixedAndCalledBack;
import static org.estatedesk.it.GivenServiceDesk.reception;
import static org.estatedesk.it.GivenServiceDesk.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service desk's API (C1) against the running server: the whole path from a call to a closed callback, dispatch
 * of the demo library (R1.3), SLA due times (R1.5), the state machine's refusals (R1.6), escalation on repeats
 * (R1.10), role refusal and data scope.
 */
class ServiceDeskApiIT {
    /** Each test takes units of its own from deep in the estate, away from the demo tasks. */
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();
    private static JsonArray units;
    private static long estate;

    @BeforeAll
    static void units() {
        estate = GivenEstates.freshEstate("SD", 25);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
    }

    private static long freshUnit() {
        return units.getJsonObject(NEXT_UNIT.getAndIncrement()).getJsonNumber("id").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void aCallGoesFromReceptionToAClosedCallback() {
        JsonObject rec = reception("frontdesk", estate, freshUnit());
        assertEquals("TO_SPLIT", rec.getString("state"));
        assertTrue(rec.getString("number").startsWith("R"));

        OffsetDateTime before = OffsetDateTime.now();
        JsonObject t = task("frontdesk", id(rec), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        assertEquals("REPAIR", t.getString("kind"));
        assertEquals("water-pipe", t.getString("categoryCode"));
        assertEquals("ENGINEERING", t.getString("department"));
        assertEquals("COMPLEX", t.getString("tier"), "the category's default tier");
        assertEquals("TO_ASSIGN", t.getString("state"));
        assertEquals("frontdesk", t.getString("owner"), "the first responder owns it (R1.8)");
        assertEquals("NONE", t.getString("escalationLevel"));
        Duration untilDue = Duration.between(before, OffsetDateTime.parse(t.getString("dueAt")));
        assertTrue(untilDue.compareTo(Duration.ofMinutes(179)) > 0 && untilDue.compareTo(Duration.ofMinutes(181)) < 0,
                "due three hours after creation: " + untilDue);
        long task = id(t);
        assertEquals("SPLIT", Api.get("frontdesk", "/api/v1/receptions/" + id(rec)).json().getString("state"));

        assertEquals("TO_REPLY", act("engineer", task, """
                {"action":"ASSIGN","assignee":"tech","comment":"请今天上门"}""").getString("state"));
        assertEquals("TO_IMPLEMENT", act("tech", task, """
                {"action":"PLAN","comment":"更换阀门"}""").getString("state"));
        JsonObject done = act("tech", task, """
                {"action":"COMPLETE","workDone":"更换入户阀门","materials":"阀门 DN20 一个","charge":35.50,
                 "signedOffBy":"王先生","arrivedAt":"%s"}""".formatted(OffsetDateTime.now().minusMinutes(20)));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("更换入户阀门", done.getJsonObject("workOrder").getString("workDone"));
        assertEquals("35.50", done.getJsonObject("workOrder").getJsonNumber("charge").bigDecimalValue()
                .setScale(2).toPlainString());
        assertEquals("TO_CONFIRM", Api.get("frontdesk", "/api/v1/receptions/" + id(rec)).json().getString("state"));

        JsonArray waiting = Api.get("frontdesk", "/api/v1/callbacks?due=false&estateId=" + estate + "&size=200")
                .json().getJsonArray("items");
        assertTrue(waiting.stream().anyMatch(v -> id(v.asJsonObject()) == task), "on the callback list");

        Api.Reply cb = Api.post("frontdesk", "/api/v1/tasks/" + task + "/callbacks", """
                {"result":"SATISFIED","comment":"师傅很准时"}""");
        assertEquals(201, cb.status(), cb.body());
        assertFalse(cb.json().getBoolean("late"));

        JsonObject closed = Api.get("frontdesk", "/api/v1/tasks/" + task).json();
        assertEquals("CLOSED", closed.getString("state"));
        List<String> steps = closed.getJsonArray("history").stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("CREATE", "ASSIGN", "PLAN", "COMPLETE", "CALLBACK"), steps);
        assertEquals("tech", closed.getJsonArray("history").getJsonObject(1).getString("assignee"));
        assertEquals("engineer", closed.getJsonArray("history").getJsonObject(1).getString("actor"));
        assertEquals(1, closed.getJsonArray("callbacks").size());
        assertEquals("CLOSED", Api.get("frontdesk", "/api/v1/receptions/" + id(rec)).json().getString("state"));
    }

    @Test
    void theDemoLibraryDispatchesAsR13Says() {
        Map<String, String> expected = Map.ofEntries(Map.entry("water-pipe", "ENGINEERING"),
                Map.entry("street-light", "ENGINEERING"), Map.entry("noise", "CS_ASSISTANT"),
                Map.entry("neighbour-leak", "CS_ASSISTANT"), Map.entry("gas", "CS_ASSISTANT"),
                Map.entry("cleaning", "ENVIRONMENT"), Map.entry("greening", "ENVIRONMENT"),
                Map.entry("access", "SECURITY"), Map.entry("fire-safety", "SECURITY"),
                Map.entry("fee-query", "FINANCE"), Map.entry("broadband", "EXTERNAL"));
        JsonArray library = Api.get("frontdesk", "/api/v1/categories").array();
        long rec = id(reception("frontdesk", estate, null));
        expected.forEach((code, department) -> {
            assertTrue(library.stream().anyMatch(v -> v.asJsonObject().getString("code").equals(code)), code);
            JsonObject t = task("frontdesk", rec, """
                    {"kind":"CONSULTATION","categoryCode":"%s"}""".formatted(code));
            assertEquals(department, t.getString("department"), code);
        });
    }

    @Test
    void theDispatchTableIsDataThatAManagerChanges() {
        Api.Reply route = Api.put("manager", "/api/v1/dispatch-rules", """
                {"categoryCode":"greening","location":"UNIT","department":"CS_ASSISTANT"}""");
        assertEquals(200, route.status(), route.body());
        long rule = id(route.json());
        try {
            JsonObject inUnit = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                    {"kind":"REPAIR","categoryCode":"greening","location":"UNIT"}""");
            assertEquals("CS_ASSISTANT", inUnit.getString("department"));
            JsonObject outside = task("frontdesk", id(reception("frontdesk", estate, null)), """
                    {"kind":"REPAIR","categoryCode":"greening"}""");
            assertEquals("ENVIRONMENT", outside.getString("department"), "elsewhere the category's department");
            problem(Api.put("frontdesk", "/api/v1/dispatch-rules", """
                    {"categoryCode":"greening","location":"UNIT","department":"SECURITY"}"""), 403);
        } finally {
            assertEquals(204, Api.send("manager", "demo", java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Api.BASE + "/api/v1/dispatch-rules/" + rule)).DELETE()).status());
        }
    }

    @Test
    void tiersAndAgreedDueTimes() {
        long rec = id(reception("frontdesk", estate, freshUnit()));
        OffsetDateTime before = OffsetDateTime.now();
        JsonObject general = task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"GENERAL"}""");
        Duration d = Duration.between(before, OffsetDateTime.parse(general.getString("dueAt")));
        assertTrue(d.compareTo(Duration.ofMinutes(29)) > 0 && d.compareTo(Duration.ofMinutes(31)) < 0, d.toString());
        JsonObject difficult = task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"wall-crack"}""");
        assertEquals("DIFFICULT", difficult.getString("tier"));

        Api.Reply missing = Api.post("frontdesk", "/api/v1/receptions/" + rec + "/tasks", """
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"SPECIAL"}""");
        problem(missing, 400);
        assertEquals("dueAt", missing.json().getString("field"));
        String agreed = OffsetDateTime.now().plusDays(9).withNano(0).toString();
        JsonObject special = task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"heating","dueAt":"%s"}""".formatted(agreed));
        assertEquals("SPECIAL", special.getString("tier"));
        assertEquals(OffsetDateTime.parse(agreed).toInstant(),
                OffsetDateTime.parse(special.getString("dueAt")).toInstant());
    }

    @Test
    void anIllegalTransitionIs409AndChangesNothing() {
        JsonObject t = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                {"kind":"REPAIR","categoryCode":"gas"}""");
        Api.Reply r = Api.post("assistant", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"COMPLETE","comment":"too early"}""");
        problem(r, 409);
        assertEquals("error.task.illegalTransition", r.json().getString("code"));
        JsonObject after = Api.get("frontdesk", "/api/v1/tasks/" + id(t)).json();
        assertEquals("TO_ASSIGN", after.getString("state"));
        assertEquals(t.getInt("version"), after.getInt("version"));
        assertEquals(1, after.getJsonArray("history").size());

        problem(Api.post("frontdesk", "/api/v1/tasks/" + id(t) + "/callbacks", """
                {"result":"SATISFIED"}"""), 409);
        Api.Reply stale = Api.post("manager", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"ASSIGN","assignee":"assistant","version":%d}""".formatted(t.getInt("version") + 5));
        problem(stale, 409);
        Api.Reply noReason = Api.post("frontdesk", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"VOID"}""");
        problem(noReason, 400);
        assertEquals("comment", noReason.json().getString("field"));
        assertEquals("VOID", act("frontdesk", id(t), """
                {"action":"VOID","comment":"业主取消"}""").getString("state"));
        problem(Api.post("manager", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"ASSIGN","assignee":"assistant"}"""), 409);
    }

    @Test
    void onlyItsWorkersPutATaskOnHoldForTheCustomerAndResumeItWithTheDueTimeMovedOn() throws InterruptedException {
        JsonObject t = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        long task = id(t);
        act("engineer", task, """
                {"action":"ASSIGN","assignee":"tech"}""");
        JsonObject discussing = act("tech", task, """
                {"action":"DISCUSS"}""");
        OffsetDateTime due = OffsetDateTime.parse(discussing.getString("dueAt"));
        Api.Reply noReason = Api.post("tech", "/api/v1/tasks/" + task + "/actions", """
                {"action":"WAIT_CUSTOMER"}""");
        problem(noReason, 400);
        assertEquals("comment", noReason.json().getString("field"));
        Api.Reply notHis = Api.post("finance", "/api/v1/tasks/" + task + "/actions", """
                {"action":"WAIT_CUSTOMER","comment":"等业主"}""");
        problem(notHis, 403);
        problem(Api.post("tech", "/api/v1/tasks/" + task + "/actions", """
                {"action":"RESUME"}"""), 409);

        JsonObject waiting = act("tech", task, """
                {"action":"WAIT_CUSTOMER","comment":"业主要先问物业公司能否更换管材"}""");
        long waitedFrom = System.nanoTime();
        assertEquals("WAITING_CUSTOMER", waiting.getString("state"));
        assertFalse(waiting.getBoolean("overdue"));
        for (String action : List.of("COMPLETE", "PLAN", "WAIT_CUSTOMER")) {
            Api.Reply refused = Api.post("tech", "/api/v1/tasks/" + task + "/actions", """
                    {"action":"%s","comment":"x"}""".formatted(action));
            problem(refused, 409);
            assertEquals("error.task.illegalTransition", refused.json().getString("code"));
        }
        problem(Api.post("manager", "/api/v1/tasks/" + task + "/actions", """
                {"action":"ASSIGN","assignee":"assistant"}"""), 409);
        problem(Api.post("assistant", "/api/v1/tasks/" + task + "/actions", """
                {"action":"RESUME"}"""), 403);
        // still an open task of the technician's
        assertTrue(Api.get("tech", "/api/v1/tasks?mine=true&state=WAITING_CUSTOMER&size=200").json()
                .getJsonArray("items").stream().anyMatch(v -> id(v.asJsonObject()) == task));

        Thread.sleep(1500); // a measured pause: the due time moves on by at least this much
        Duration measured = Duration.ofNanos(System.nanoTime() - waitedFrom);
        JsonObject resumed = act("tech", task, """
                {"action":"RESUME"}""");
        assertEquals("IN_DISCUSSION", resumed.getString("state"), "back where it waited");
        Duration moved = Duration.between(due, OffsetDateTime.parse(resumed.getString("dueAt")));
        assertTrue(moved.compareTo(measured) >= 0, moved + " >= " + measured);
        assertTrue(moved.compareTo(Duration.ofMinutes(1)) < 0, moved.toString());
        List<String> actions = Api.get("frontdesk", "/api/v1/tasks/" + task).json().getJsonArray("history").stream()
                .map(v -> v.asJsonObject().getString("action") + ":" + v.asJsonObject().getString("actor")).toList();
        assertEquals(List.of("CREATE:frontdesk", "ASSIGN:engineer", "DISCUSS:tech", "WAIT_CUSTOMER:tech",
                "RESUME:tech"), actions);
    }

    @Test
    void aDissatisfiedCallbackReopensTheTask() {
        JsonObject t = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                {"kind":"COMPLAINT","complaintType":"EFFECTIVE","categoryCode":"noise"}""");
        assertEquals("EFFECTIVE", t.getString("complaintType"));
        act("manager", id(t), """
                {"action":"ASSIGN","assignee":"assistant"}""");
        act("assistant", id(t), """
                {"action":"DISCUSS","comment":"与楼上业主协商"}""");
        act("assistant", id(t), """
                {"action":"PLAN"}""");
        act("assistant", id(t), """
                {"action":"COMPLETE","comment":"已协调"}""");
        assertEquals(201, Api.post("frontdesk", "/api/v1/tasks/" + id(t) + "/callbacks", """
                {"result":"DISSATISFIED","comment":"晚上仍有噪音"}""").status());
        JsonObject after = Api.get("frontdesk", "/api/v1/tasks/" + id(t)).json();
        assertEquals("TO_IMPLEMENT", after.getString("state"));
        assertEquals("CALLBACK", after.getJsonArray("history").getJsonObject(5).getString("action"));
    }

    @Test
    void aCompletedRepairClosesOnlyThroughItsCallback() {
        JsonObject t = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                {"kind":"REPAIR","categoryCode":"water-pipe","tier":"COMPLEX"}""");
        act("manager", id(t), """
                {"action":"ASSIGN","assignee":"assistant"}""");
        act("assistant", id(t), """
                {"action":"PLAN"}""");
        JsonObject done = act("assistant", id(t), "{\"action\":\"COMPLETE\"," + GivenServiceDesk.onSite("已修复")
                + "}");
        // R1.7: the callback is due after the standard completion time (the due time), not the actual one
        assertTrue(OffsetDateTime.parse(done.getString("callbackDueAt")).isAfter(OffsetDateTime.parse(
                done.getString("dueAt"))), done.toString());
        Api.Reply close = Api.post("frontdesk", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"CLOSE","comment":"业主说修好了"}""");
        problem(close, 409);
        assertEquals("error.task.closeByCallback", close.json().getString("code"));
        assertEquals("COMPLETED", Api.get("frontdesk", "/api/v1/tasks/" + id(t)).json().getString("state"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(201, Api.post("frontdesk", "/api/v1/tasks/" + id(t) + "/callbacks", """
                    {"result":"UNREACHABLE","comment":"无人接听"}""").status());
            assertEquals(attempt < 3 ? "COMPLETED" : "CLOSED", Api.get("frontdesk", "/api/v1/tasks/" + id(t)).json()
                    .getString("state"), "after attempt " + attempt + " (callback.maxAttempts 3)");
        }
    }

    @Test
    void aRepeatedProblemMovesUp() {
        long unit = freshUnit();
        String repair = """
                {"kind":"REPAIR","categoryCode":"bathroom-leak"}""";
        List<String> levels = new java.util.ArrayList<>();
        List<String> kinds = new java.util.ArrayList<>();
        JsonObject first = task("frontdesk", id(reception("frontdesk", estate, unit)), repair);
        // a second call while the first is still being worked on is a reminder, not a failed fix
        JsonObject reminder = task("frontdesk", id(reception("frontdesk", estate, unit)), repair);
        assertEquals("NONE", reminder.getString("escalationLevel"));
        assertEquals("REPAIR", reminder.getString("kind"));
        fixedAndCalledBack(id(first), "SATISFIED");
        // the fix was called satisfactory and the problem came back; then a fix called unsatisfactory
        for (String result : List.of("DISSATISFIED", "SATISFIED", "SATISFIED")) {
            JsonObject t = task("frontdesk", id(reception("frontdesk", estate, unit)), repair);
            levels.add(t.getString("escalationLevel"));
            kinds.add(t.getString("kind"));
            fixedAndCalledBack(id(t), result);
        }
        JsonObject fourth = task("frontdesk", id(reception("frontdesk", estate, unit)), repair);
        levels.add(fourth.getString("escalationLevel"));
        kinds.add(fourth.getString("kind"));
        assertEquals(List.of("NONE", "DEVELOPER", "HQ", "HQ"), levels);
        assertEquals(List.of("REPAIR", "COMPLAINT", "COMPLAINT", "COMPLAINT"), kinds);

        long other = freshUnit();
        String complaint = """
                {"kind":"COMPLAINT","categoryCode":"noise"}""";
        List<String> complaints = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject c = task("frontdesk", id(reception("frontdesk", estate, other)), complaint);
            complaints.add(c.getString("escalationLevel"));
            fixedAndCalledBack(id(c), "FAIR");
        }
        assertEquals(List.of("NONE", "DEVELOPER", "HQ"), complaints);
        JsonArray escalated = Api.get("manager", "/api/v1/tasks?escalated=true&size=500").json().getJsonArray("items");
        assertTrue(escalated.size() >= 4);
        assertTrue(escalated.stream().noneMatch(v -> v.asJsonObject().getString("escalationLevel").equals("NONE")));
    }

    @Test
    void aTechnicianCannotDispatch() {
        long rec = id(reception("frontdesk", estate, freshUnit()));
        problem(Api.post("tech", "/api/v1/receptions/" + rec + "/tasks", """
                {"kind":"REPAIR","categoryCode":"water-pipe"}"""), 403);
        JsonObject t = task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        problem(Api.post("tech", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"ASSIGN","assignee":"tech"}"""), 403);
        problem(Api.post("frontdesk", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"ASSIGN","assignee":"tech"}"""), 403);
        problem(Api.post("tech", "/api/v1/receptions", "{}"), 403);
        assertEquals("TO_ASSIGN", Api.get("tech", "/api/v1/tasks/" + id(t)).json().getString("state"));
        Api.Reply unknown = Api.post("engineer", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"ASSIGN","assignee":"frontdesk2"}""");
        problem(unknown, 400);
        assertEquals("assignee", unknown.json().getString("field"), "a user of another company");
    }

    @Test
    void anotherCompanysUserGets404() {
        JsonObject rec = reception("frontdesk", estate, freshUnit());
        JsonObject t = task("frontdesk", id(rec), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        problem(Api.get("frontdesk2", "/api/v1/tasks/" + id(t)), 404);
        problem(Api.get("frontdesk2", "/api/v1/receptions/" + id(rec)), 404);
        problem(Api.post("frontdesk2", "/api/v1/receptions/" + id(rec) + "/tasks", """
                {"kind":"REPAIR","categoryCode":"water-pipe"}"""), 404);
        problem(Api.post("manager2", "/api/v1/tasks/" + id(t) + "/actions", """
                {"action":"VOID","comment":"x"}"""), 404);
        problem(Api.post("frontdesk2", "/api/v1/receptions", """
                {"estateId":%d,"location":"x","channel":"PHONE","callerName":"x","callerPhone":"13800000000",
                 "description":"x"}""".formatted(estate)), 404);
        JsonArray theirs = Api.get("frontdesk2", "/api/v1/tasks?size=500").json().getJsonArray("items");
        assertTrue(theirs.stream().noneMatch(v -> id(v.asJsonObject()) == id(t)));
    }

    @Test
    void badInputIs400NamingTheField() {
        Api.Reply noEstate = Api.post("frontdesk", "/api/v1/receptions", """
                {"channel":"PHONE","callerName":"x","callerPhone":"13800000000","description":"x","location":"x"}""");
        problem(noEstate, 400);
        assertEquals("estateId", noEstate.json().getString("field"));
        problem(Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"channel":"FAX","callerName":"x","callerPhone":"1","description":"x"}"""
                .formatted(estate)), 400);
        Api.Reply nowhere = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"channel":"PHONE","callerName":"x","callerPhone":"13800000000","description":"x"}"""
                .formatted(estate));
        problem(nowhere, 400);
        assertEquals("location", nowhere.json().getString("field"), "a unit or a public location (five clear)");
        Api.Reply badPhone = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"location":"x","channel":"PHONE","callerName":"x","callerPhone":"call me",
                 "description":"x"}""".formatted(estate));
        problem(badPhone, 400);
        assertTrue(badPhone.body().contains("callerPhone"), badPhone.body());
        long rec = id(reception("frontdesk", estate, null));
        Api.Reply unknownCategory = Api.post("frontdesk", "/api/v1/receptions/" + rec + "/tasks", """
                {"kind":"REPAIR","categoryCode":"no-such-thing"}""");
        problem(unknownCategory, 400);
        assertEquals("categoryCode", unknownCategory.json().getString("field"));
        problem(Api.post("frontdesk", "/api/v1/receptions/" + rec + "/tasks", "{\"kind\":"), 400);
        Api.Reply badState = Api.get("frontdesk", "/api/v1/tasks?state=NOPE");
        problem(badState, 400);
        assertEquals("state", badState.json().getString("field"));
    }

    @Test
    void theScreenPopFindsTheCallersUnitsAndOpenTasks() {
        long demoEstate = GivenEstates.estateId("XM-GLY");
        JsonObject unit = Api.get("frontdesk", "/api/v1/estates/" + demoEstate + "/units?page=2&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(u -> u.containsKey("ownerId") && !u.isNull("ownerId")).findFirst().orElseThrow();
        JsonObject owner = Api.get("frontdesk", "/api/v1/owners/" + unit.getJsonNumber("ownerId")).json();
        String phone = owner.getString("phone");
        JsonObject rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"unitId":%d,"channel":"PHONE","callerName":"%s","callerPhone":"%s",
                 "description":"门禁卡失灵"}""".formatted(demoEstate, id(unit), owner.getString("name"), phone)).json();
        JsonObject t = task("frontdesk", id(rec), """
                {"kind":"REPAIR","categoryCode":"access"}""");

        JsonObject card = Api.get("frontdesk", "/api/v1/callers/" + phone).json();
        assertEquals(owner.getString("name"), card.getJsonArray("owners").getJsonObject(0).getString("name"));
        assertTrue(card.getJsonArray("units").stream().anyMatch(v -> id(v.asJsonObject()) == id(unit)));
        assertTrue(card.getJsonArray("openTasks").stream().anyMatch(v -> id(v.asJsonObject()) == id(t)));
        assertTrue(card.getJsonArray("recentReceptions").stream().anyMatch(v -> id(v.asJsonObject()) == id(rec)));
        assertEquals(0, Api.get("frontdesk2", "/api/v1/callers/" + phone).json().getJsonArray("owners").size(),
                "another company's owner is not shown");
    }

    @Test
    void listsFilterByStateAndOverdue() {
        JsonObject overdue = Api.get("manager", "/api/v1/tasks?overdue=true&size=200").json();
        assertTrue(overdue.getInt("total") >= 1, "the demo's late gas repair");
        assertTrue(overdue.getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getBoolean("overdue")));
        JsonObject toAssign = Api.get("manager", "/api/v1/tasks?state=TO_ASSIGN&size=5").json();
        assertTrue(toAssign.getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getString("state").equals("TO_ASSIGN")));
        assertTrue(toAssign.getJsonArray("items").size() <= 5);
        JsonArray mine = Api.get("tech", "/api/v1/tasks?mine=true&size=200").json().getJsonArray("items");
        assertTrue(mine.stream().allMatch(v -> "tech".equals(v.asJsonObject().getString("assignee", null))
                || "tech".equals(v.asJsonObject().getString("owner"))));
    }

    @Test
    void anAssignmentMovesTheTaskIntoTheAssigneesOwnList() {
        JsonObject t = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        long techTotal = Api.get("tech", "/api/v1/tasks?mine=true&size=1").json().getInt("total");
        long frontdeskTotal = Api.get("frontdesk", "/api/v1/tasks?mine=true&size=1").json().getInt("total");
        act("engineer", id(t), """
                {"action":"ASSIGN","assignee":"tech"}""");
        JsonObject tech = Api.get("tech", "/api/v1/tasks?mine=true&size=1").json();
        assertEquals(techTotal + 1, tech.getInt("total"), "the assignee's list counts it");
        assertEquals(id(t), id(tech.getJsonArray("items").getJsonObject(0)), "the newest of his tasks");
        assertEquals(frontdeskTotal, Api.get("frontdesk", "/api/v1/tasks?mine=true&size=1").json().getInt("total"),
                "still the first responder's");
        // a list's total is the number of rows it pages through
        for (String q : List.of("mine=true", "overdue=true", "escalated=true", "overdue=false")) {
            JsonObject all = Api.get("tech", "/api/v1/tasks?" + q + "&size=500").json();
            if (all.getInt("total") <= 500) {
                assertEquals(all.getInt("total"), all.getJsonArray("items").size(), q);
            }
        }
    }

    private static long workbenchCount(String user, String key) {
        JsonArray counts = Api.get(user, "/api/v1/workbench").array();
        return counts.stream().map(v -> v.asJsonObject()).filter(c -> c.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing in " + counts)).getJsonNumber("value")
                .longValue();
    }

    @Test
    void theWorkbenchCountsTheCallersOpenTasks() {
        long mine = workbenchCount("frontdesk", "workbench.tasksMine");
        long toAssign = workbenchCount("frontdesk", "workbench.tasksToAssign");
        JsonObject t = task("frontdesk", id(reception("frontdesk", estate, freshUnit())), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        assertEquals(mine + 1, workbenchCount("frontdesk", "workbench.tasksMine"), "his new task is his and open");
        assertEquals(toAssign + 1, workbenchCount("frontdesk", "workbench.tasksToAssign"));
        act("frontdesk", id(t), """
                {"action":"VOID","comment":"业主取消"}""");
        assertEquals(mine, workbenchCount("frontdesk", "workbench.tasksMine"), "a void task is no longer open");
        JsonObject first = Api.get("frontdesk", "/api/v1/workbench").array().getJsonObject(0);
        assertTrue(first.getString("page").startsWith("/"), first.toString());
        assertTrue(!first.getString("label").isBlank(), first.toString());
    }

    @Test
    void callbackRateAndSatisfactionPerEstate() {
        long own = GivenEstates.freshEstate("CB", 1);
        JsonArray ownUnits = Api.get("manager", "/api/v1/estates/" + own + "/units").json().getJsonArray("items");
        long[] done = new long[2];
        for (int i = 0; i < 2; i++) {
            long unit = id(ownUnits.getJsonObject(i));
            JsonObject t = task("frontdesk", id(reception("frontdesk", own, unit)), """
                    {"kind":"CONSULTATION","categoryCode":"fee-query"}""");
            act("finance", id(t), "{\"action\":\"ASSIGN\",\"assignee\":\"finance\"}");
            act("finance", id(t), "{\"action\":\"COMPLETE\",\"comment\":\"已答复\"}");
            done[i] = id(t);
        }
        assertEquals(201, Api.post("frontdesk", "/api/v1/tasks/" + done[0] + "/callbacks",
                "{\"result\":\"SATISFIED\"}").status());
        JsonObject figures = Api.get("manager", "/api/v1/callbacks/statistics").array().stream()
                .map(v -> v.asJsonObject()).filter(f -> f.getJsonNumber("estateId").longValue() == own)
                .findFirst().orElseThrow();
        assertEquals(2, figures.getInt("completed"));
        assertEquals(1, figures.getInt("calledBack"));
        assertEquals("50.0", figures.getJsonNumber("callbackRate").bigDecimalValue().toPlainString());
        assertEquals(1, figures.getInt("satisfied"));
        assertEquals("100.0", figures.getJsonNumber("satisfactionRate").bigDecimalValue().toPlainString());
        assertTrue(Api.get("frontdesk2", "/api/v1/callbacks/statistics").array().stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("estateId").longValue() == own), "scope");
        problem(Api.get("manager", "/api/v1/callbacks/statistics?from=2026-13-01"), 400);
        problem(Api.get("manager", "/api/v1/callbacks/statistics?from=2026-11-10&to=2026-11-01"), 400);
    }

    @Test
    void aCustomerConsultantSeesHisCustomersTasks() {
        long demoEstate = GivenEstates.estateId("XM-GLY");
        JsonObject unit = Api.get("frontdesk", "/api/v1/estates/" + demoEstate + "/units?page=4&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(u -> u.containsKey("ownerId") && !u.isNull("ownerId")).findFirst().orElseThrow();
        long owner = unit.getJsonNumber("ownerId").longValue();
        problem(Api.put("frontdesk", "/api/v1/owners/" + owner + "/consultant", "{\"username\":\"assistant\"}"),
                403);
        Api.Reply notCs = Api.put("manager", "/api/v1/owners/" + owner + "/consultant", "{\"username\":\"tech\"}");
        problem(notCs, 400);
        assertEquals("consultant", notCs.json().getString("field"));
        problem(Api.put("manager", "/api/v1/owners/" + owner + "/consultant",
                "{\"username\":\"frontdesk2\"}"), 400);
        Api.Reply set = Api.put("manager", "/api/v1/owners/" + owner + "/consultant", "{\"username\":\"assistant\"}");
        assertEquals(200, set.status(), set.body());
        assertEquals("assistant", set.json().getString("consultant"));

        long rec = id(reception("frontdesk", demoEstate, id(unit)));
        long task = id(task("frontdesk", rec, "{\"kind\":\"CONSULTATION\",\"categoryCode\":\"fee-query\"}"));
        JsonArray mine = Api.get("assistant", "/api/v1/tasks?myCustomers=true&size=500").json().getJsonArray("items");
        assertTrue(mine.stream().anyMatch(v -> id(v.asJsonObject()) == task));
        JsonArray others = Api.get("engineer", "/api/v1/tasks?myCustomers=true&size=500").json()
                .getJsonArray("items");
        assertTrue(others.stream().noneMatch(v -> id(v.asJsonObject()) == task), "not the engineer's customer");
    }

    private static long total(String user, String query) {
        return Api.get(user, "/api/v1/tasks?size=1&" + query).json().getJsonNumber("total").longValue();
    }

    /**
     * The list's totals come from counters kept with every change (issue 3): an estate created after the caller's
     * visible estates were read shows at once, a new task counts, a transition moves it from one state's total to
     * the other's, paging finds every task once, newest first, and another company's user sees none of them.
     */
    @Test
    void theListsTotalsFollowEveryChangeAndItsPagesCoverTheEstate() {
        total("frontdesk", "");
        long fresh = GivenEstates.freshEstate("TL", 1);
        String inFresh = "estateId=" + fresh;
        assertEquals(0, total("frontdesk", inFresh));
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(id(task("frontdesk", id(reception("frontdesk", fresh, null)), """
                    {"kind":"REPAIR","categoryCode":"water-pipe"}""")));
        }
        assertEquals(7, total("frontdesk", inFresh));
        assertEquals(7, total("frontdesk", inFresh + "&state=TO_ASSIGN"));
        act("engineer", created.get(2), "{\"action\":\"ASSIGN\",\"assignee\":\"tech\"}");
        assertEquals(6, total("frontdesk", inFresh + "&state=TO_ASSIGN"));
        assertEquals(1, total("frontdesk", inFresh + "&state=TO_REPLY"));
        assertEquals(7, total("admin", inFresh));
        assertEquals(0, total("frontdesk2", inFresh), "another company's estate");

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonObject p = Api.get("frontdesk", "/api/v1/tasks?" + inFresh + "&size=3&page=" + page).json();
            assertEquals(7, p.getJsonNumber("total").longValue());
            p.getJsonArray("items").forEach(v -> paged.add(id(v.asJsonObject())));
        }
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, paged);
        JsonObject beyond = Api.get("frontdesk", "/api/v1/tasks?" + inFresh + "&size=3&page=5").json();
        assertEquals(0, beyond.getJsonArray("items").size());
        assertEquals(7, beyond.getJsonNumber("total").longValue());
    }
}
