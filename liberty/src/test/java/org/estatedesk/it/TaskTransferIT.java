package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.Api.problemAt;
import static org.estatedesk.it.GivenServiceDesk.act;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Issue 20, correcting the split: a running task is re-categorised (the dispatch table may send it to another
 * department, a new tier recomputes the due time) or transferred to another department, each a hop of its history
 * named in the reader's language; bad input is a 400 naming the field, another company's task a 404. The task page
 * does the same through its dialogs, the category chosen by type-ahead, at 1440 and 390 px; the task's work order
 * prints as a PDF.
 */
class TaskTransferIT {
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();
    private static long estate;
    private static JsonArray units;

    @BeforeAll
    static void anEstate() {
        SmtpSink.get();
        estate = GivenEstates.freshEstate("TT", 6);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
    }

    private static JsonObject freshUnit() {
        return units.getJsonObject(NEXT_UNIT.getAndIncrement());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A water-pipe repair (engineering, COMPLEX) of a fresh unit, assigned to tech. */
    private static JsonObject assignedRepair() {
        JsonObject t = GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate,
                id(freshUnit()))), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        assertEquals("ENGINEERING", t.getString("department"), t.toString());
        return act("engineer", id(t), """
                {"action":"ASSIGN","assignee":"tech"}""");
    }

    private static long categoryId(String code) {
        return Api.get("manager", "/api/v1/categories").array().stream().map(JsonObject.class::cast)
                .filter(c -> code.equals(c.getString("code"))).findFirst().map(TaskTransferIT::id).orElseThrow();
    }

    private static JsonObject in(String language, long task) {
        return Api.ok(Api.send("frontdesk", "demo", HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/tasks/"
                + task)).header("Accept-Language", language).GET()), 200);
    }

    private static List<JsonObject> hops(JsonObject task) {
        return task.getJsonArray("history").stream().map(JsonObject.class::cast)
                .filter(e -> !e.isNull("toName")).toList();
    }

    @Test
    void aRecategorisedTaskTakesTheNewTierAndMayMoveToAnotherDepartment() {
        JsonObject t = assignedRepair();
        long task = id(t);
        // same department, a GENERAL tier: the due time is 30 minutes from the report, the technician keeps it
        JsonObject light = act("frontdesk", task, """
                {"action":"RECATEGORISE","categoryId":%d,"comment":"其实是楼道灯不亮"}""".formatted(
                categoryId("street-light")));
        assertEquals("street-light", light.getString("categoryCode"));
        assertEquals("GENERAL", light.getString("tier"));
        assertEquals(OffsetDateTime.parse(t.getString("createdAt")).plusMinutes(30).toInstant(),
                OffsetDateTime.parse(light.getString("dueAt")).toInstant());
        assertEquals("ENGINEERING", light.getString("department"));
        assertEquals("TO_REPLY", light.getString("state"));
        assertEquals("tech", light.getString("assignee"));

        // a category of another department: the dispatch table sends the task there, to be assigned anew
        JsonObject cleaning = act("frontdesk", task, """
                {"action":"RECATEGORISE","categoryId":%d,"comment":"公共区域保洁问题"}""".formatted(
                categoryId("cleaning")));
        assertEquals("ENVIRONMENT", cleaning.getString("department"), cleaning.toString());
        assertEquals("TO_ASSIGN", cleaning.getString("state"));
        assertTrue(cleaning.isNull("assignee"), cleaning.toString());

        JsonObject zh = in("zh-CN", task);
        List<JsonObject> hops = hops(zh);
        assertEquals(List.of("RECATEGORISE", "RECATEGORISE", "TRANSFER"),
                hops.stream().map(e -> e.getString("action")).toList(), hops.toString());
        JsonObject first = hops.get(0);
        assertEquals("公共给排水管道", first.getString("fromName"));
        assertEquals("路灯、楼道灯", first.getString("toName"));
        assertEquals("其实是楼道灯不亮", first.getString("comment"));
        assertEquals("frontdesk", first.getString("actor"));
        assertEquals("工程部", hops.get(2).getString("fromName"), hops.get(2).toString());
        JsonObject en = hops(in("en-US", task)).get(2);
        assertEquals("Engineering", en.getString("fromName"));
        assertEquals("Environment", en.getString("toName"));
        assertEquals("公共区域保洁问题", en.getString("comment"));
    }

    @Test
    void theCategoriesAreSearchedByTheirChineseOrEnglishNames() {
        JsonArray found = Api.get("frontdesk", "/api/v1/categories?q=" + java.net.URLEncoder.encode("楼道",
                java.nio.charset.StandardCharsets.UTF_8)).array();
        assertEquals(List.of("street-light"), found.stream().map(JsonObject.class::cast)
                .map(c -> c.getString("code")).toList());
        JsonArray facilities = Api.get("frontdesk", "/api/v1/categories?q=public%20pipes").array();
        assertTrue(facilities.stream().map(JsonObject.class::cast).anyMatch(c -> "water-pipe".equals(c.getString("code"))),
                facilities.toString());
        assertTrue(facilities.stream().map(JsonObject.class::cast).allMatch(c -> c.getString("nameEn")
                .toLowerCase().contains("pipe") || c.getString("nameEn").toLowerCase().contains("public")),
                facilities.toString());
    }

    @Test
    void aTransferSendsTheTaskToTheOtherDepartmentsSupervisorAndTheCountersFollow() {
        long task = id(assignedRepair());
        JsonObject moved = act("engineer", task, """
                {"action":"TRANSFER","department":"SECURITY","comment":"属于秩序维护"}""");
        assertEquals("SECURITY", moved.getString("department"));
        assertEquals("TO_ASSIGN", moved.getString("state"));
        assertTrue(moved.isNull("assignee"));
        JsonObject hop = hops(in("zh-CN", task)).get(0);
        assertEquals("TRANSFER", hop.getString("action"));
        assertEquals("TO_REPLY", hop.getString("fromState"));
        assertEquals("TO_ASSIGN", hop.getString("toState"));
        assertEquals("engineer", hop.getString("actor"));
        assertFalse(hop.getString("toName").contains("SECURITY"), "a name, not the code: " + hop);

        // the list's totals (the counters) say the same as its items: the task left TO_REPLY for TO_ASSIGN
        for (String state : List.of("TO_ASSIGN", "TO_REPLY")) {
            JsonObject page = Api.get("frontdesk", "/api/v1/tasks?estateId=" + estate + "&state=" + state
                    + "&size=200").json();
            long listed = page.getJsonArray("items").size();
            assertEquals(listed, page.getJsonNumber("total").longValue(), state + " " + page);
            boolean there = page.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i -> id(i) == task);
            assertEquals("TO_ASSIGN".equals(state), there, state);
        }
        // the engineer no longer supervises it; the security manager assigns it
        problem(Api.post("engineer", "/api/v1/tasks/" + task + "/actions", """
                {"action":"TRANSFER","department":"ENGINEERING","comment":"退回"}"""), 403);

        // the desk sends it on to the CS assistants: their supervisors are told, as of a new task
        act("frontdesk", task, """
                {"action":"TRANSFER","department":"CS_ASSISTANT","comment":"邻里协调"}""");
        SmtpSink.Mail mail = SmtpSink.get().await(m -> m.subject().contains("转派任务 " + moved.getString("number")),
                Duration.ofSeconds(60));
        assertTrue(mail.recipients().contains("manager@xm.example.com"), mail.recipients().toString());
        assertFalse(mail.recipients().contains("engineer@xm.example.com"), mail.recipients().toString());
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingChanges() {
        long task = id(assignedRepair());
        String path = "/api/v1/tasks/" + task + "/actions";
        JsonObject before = Api.get("frontdesk", "/api/v1/tasks/" + task).json();
        problemAt(Api.post("frontdesk", path, """
                {"action":"RECATEGORISE","comment":"x"}"""), 400, "categoryId");
        problemAt(Api.post("frontdesk", path, """
                {"action":"RECATEGORISE","categoryId":987654321,"comment":"x"}"""), 400, "categoryId");
        problemAt(Api.post("frontdesk", path, """
                {"action":"RECATEGORISE","categoryId":%d,"comment":"x"}""".formatted(categoryId("water-pipe"))),
                400, "categoryId");
        problemAt(Api.post("frontdesk", path, """
                {"action":"RECATEGORISE","categoryId":%d}""".formatted(categoryId("lift"))), 400, "comment");
        problemAt(Api.post("frontdesk", path, """
                {"action":"TRANSFER","comment":"x"}"""), 400, "department");
        problemAt(Api.post("frontdesk", path, """
                {"action":"TRANSFER","department":"NOWHERE","comment":"x"}"""), 400, "department");
        problemAt(Api.post("frontdesk", path, """
                {"action":"TRANSFER","department":"ENGINEERING","comment":"x"}"""), 400, "department");
        problemAt(Api.post("frontdesk", path, """
                {"action":"TRANSFER","department":"SECURITY","comment":" "}"""), 400, "comment");
        JsonObject after = Api.get("frontdesk", "/api/v1/tasks/" + task).json();
        assertEquals(before.getInt("version"), after.getInt("version"), "nothing changed");
        assertEquals(before.getJsonArray("history").size(), after.getJsonArray("history").size());

        // a technician does not re-route; another company does not see the task; a completed task stays
        problem(Api.post("tech", path, """
                {"action":"TRANSFER","department":"SECURITY","comment":"x"}"""), 403);
        problem(Api.post("frontdesk2", path, """
                {"action":"TRANSFER","department":"SECURITY","comment":"x"}"""), 404);
        problem(Api.post("frontdesk2", path, """
                {"action":"RECATEGORISE","categoryId":%d,"comment":"x"}""".formatted(categoryId("lift"))), 404);
        act("tech", task, """
                {"action":"PLAN"}""");
        act("tech", task, "{\"action\":\"COMPLETE\"," + GivenServiceDesk.onSite("更换水管接头") + "}");
        problem(Api.post("frontdesk", path, """
                {"action":"TRANSFER","department":"SECURITY","comment":"x"}"""), 409);
    }

    /** A one-pixel PNG: the owner's signature as the page would send it. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void theWorkOrderPrintsAsAPdfWithWhereWhatWasDoneAndTheSignOff() {
        JsonObject t = assignedRepair();
        long task = id(t);
        String unitCode = t.getString("unitCode");
        String pdfPath = "/api/v1/tasks/" + task + "/work-order.pdf";
        // before the work: where and who, the order to fill in by hand
        Api.Download blank = Api.download("tech", pdfPath);
        assertEquals(200, blank.status());
        assertTrue(blank.contentType().startsWith("application/pdf"), blank.contentType());
        PdfText before = PdfText.of(blank.body());
        assertTrue(before.contains(t.getString("number")), before.text());
        assertTrue(before.contains(unitCode), before.text());
        assertTrue(before.contains("派工单"), before.text());
        assertTrue(before.contains("13805920001"), before.text());
        assertTrue(before.contains("尚未完工"), before.text());
        assertTrue(before.allEmbedded(), "the font travels with the document: " + before.fonts());

        act("tech", task, """
                {"action":"PLAN"}""");
        Api.ok(Api.upload("tech", "/api/v1/tasks/" + task + "/photos?kind=SIGNATURE&fileName=signature.png",
                "image/png", PNG), 201);
        act("tech", task, "{\"action\":\"COMPLETE\",\"materials\":\"铜接头 2 个\"," + GivenServiceDesk.onSite("更换水管接头，试水正常") + "}");
        PdfText done = PdfText.of(Api.download("frontdesk", pdfPath).body());
        assertTrue(done.contains(unitCode), done.text());
        assertTrue(done.contains("更换水管接头，试水正常"), done.text());
        assertTrue(done.contains("铜接头 2 个"), done.text());
        assertTrue(done.contains("王先生"), done.text());
        assertFalse(done.contains("尚未完工"), done.text());
        assertFalse(done.contains("无签名图片"), "the signature's picture is printed: " + done.text());

        // in English for an English reader
        Api.Download en = Api.download("tech", pdfPath, "Accept-Language", "en-US");
        assertTrue(PdfText.of(en.body()).contains("Work order"), PdfText.of(en.body()).text());

        // another company's user does not get it
        Api.problem(Api.download("frontdesk2", pdfPath), 404);
    }

    @Test
    void theTaskPageShowsACallbackOnceAsItsLineOfTheHistory() {
        long task = id(assignedRepair());
        act("tech", task, """
                {"action":"PLAN"}""");
        act("tech", task, "{\"action\":\"COMPLETE\"," + GivenServiceDesk.onSite("更换水管接头") + "}");
        Api.ok(Api.post("frontdesk", "/api/v1/tasks/" + task + "/callbacks", """
                {"result":"SATISFIED","comment":"师傅修得很快"}"""), 201);
        try (Browser desk = new Browser()) {
            desk.loginAndOpen("frontdesk", "/servicedesk/task.xhtml?id=" + task);
            desk.waitForText("满意：师傅修得很快");
            String page = desk.text();
            assertEquals(page.indexOf("师傅修得很快"), page.lastIndexOf("师傅修得很快"), "once: " + page);
            assertTrue(desk.driver.findElements(org.openqa.selenium.By.cssSelector("[id$='form:callbacks']"))
                    .isEmpty(), "no second table of callbacks");
            desk.screenshot("task-callback-once");
        }
    }

    private static void assertFitsTheScreen(Browser b, String what) {
        long page = ((Number) b.driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
        long screen = ((Number) b.driver.executeScript("return window.innerWidth;")).longValue();
        assertTrue(page <= screen, what + " is " + page + " px wide on a " + screen + " px screen");
    }

    @Test
    void onTheTaskPageTheDeskPicksTheCategoryByTypingAndTransfers() {
        for (int width : new int[] {1440, 390}) {
            long task = id(assignedRepair());
            try (Browser desk = new Browser()) {
                desk.driver.manage().window().setSize(new Dimension(width, 900));
                desk.loginAndOpen("frontdesk", "/servicedesk/task.xhtml?id=" + task);
                desk.press("[id$='form:recategorise']");
                // Chinese type-ahead: the suggestions show the path 大类 › 小类
                desk.pick("newCategory", "楼道", "公共设施 › 路灯、楼道灯");
                desk.type("input[id$='recategoriseReason']", "其实是楼道灯不亮");
                if (width == 390) {
                    assertFitsTheScreen(desk, "the re-categorise dialog");
                }
                desk.screenshot("task-recategorise-" + width);
                desk.press("[id$='saveRecategorise']");
                desk.waitForText("公共给排水管道 → 路灯、楼道灯：其实是楼道灯不亮");
                assertEquals("street-light", Api.get("frontdesk", "/api/v1/tasks/" + task).json()
                        .getString("categoryCode"));

                desk.press("[id$='form:transfer']");
                desk.select("transferTo", "秩序部");
                desk.type("input[id$='transferReason']", "属于秩序维护");
                if (width == 390) {
                    assertFitsTheScreen(desk, "the transfer dialog");
                }
                desk.screenshot("task-transfer-" + width);
                desk.press("[id$='saveTransfer']");
                desk.waitForText("工程部 → 秩序部：属于秩序维护");
                desk.wait.withTimeout(Duration.ofSeconds(30)).until(d -> desk.find("#taskState").getText()
                        .equals("待分派"));
                assertFalse(desk.text().contains("SECURITY"), "names, not codes");
                if (width == 390) {
                    assertFitsTheScreen(desk, "the task page");
                }
                desk.screenshot("task-transferred-" + width);
                JsonObject now = Api.get("frontdesk", "/api/v1/tasks/" + task).json();
                assertEquals("SECURITY", now.getString("department"));
                assertEquals("TO_ASSIGN", now.getString("state"));
                // the work order prints from the task page
                Api.Download pdf = desk.fetch(desk.href("[id$='workOrderPdf']"));
                assertEquals(200, pdf.status());
                assertTrue(PdfText.of(pdf.body()).contains(now.getString("number")));
            }
        }
    }
}
