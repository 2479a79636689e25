package org.estatedesk.it;

import static org.estatedesk.it.Api.problemAt;
import static org.estatedesk.it.GivenServiceDesk.act;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 20, the front line: a task says where it is and who asked (unit or location, caller, phone, description, the
 * category's name in the reader's language) in the API, the task list and the task page; a repair completes only
 * with the arrival, the work done and the owner's confirmation — in the API and in the work-order dialog.
 */
class FrontLineIT {
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();
    private static long estate;
    private static JsonArray units;

    @BeforeAll
    static void anEstate() {
        estate = GivenEstates.freshEstate("FL", 6);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
    }

    private static JsonObject freshUnit() {
        return units.getJsonObject(NEXT_UNIT.getAndIncrement());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A water-pipe repair of {@code unit} (null: the public area "3 号楼大堂"), assigned to and planned by tech. */
    private static JsonObject plannedRepair(JsonObject unit) {
        JsonObject t = GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate,
                unit == null ? null : id(unit))), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        act("engineer", id(t), """
                {"action":"ASSIGN","assignee":"tech"}""");
        return act("tech", id(t), """
                {"action":"PLAN","comment":"上门检查"}""");
    }

    private static Api.Reply getIn(String language, String path) {
        return Api.send("tech", "demo", HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Accept-Language", language).GET());
    }

    @Test
    void aTaskSaysWhereItIsAndWhoAskedInTheCallersLanguage() {
        JsonObject unit = freshUnit();
        long task = id(plannedRepair(unit));
        JsonObject zh = Api.ok(getIn("zh-CN,zh;q=0.9", "/api/v1/tasks/" + task), 200);
        assertEquals(unit.getString("code"), zh.getString("unitCode"));
        assertEquals("王先生", zh.getString("callerName"));
        assertEquals("13805920001", zh.getString("callerPhone"));
        assertEquals("厨房水管漏水", zh.getString("description"));
        assertEquals("water-pipe", zh.getString("categoryCode"), "the code stays for clients");
        assertTrue(zh.getString("categoryName").chars().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), "a Chinese name: " + zh.getString("categoryName"));
        JsonObject en = Api.ok(getIn("en-US,en;q=0.9", "/api/v1/tasks/" + task), 200);
        assertFalse(en.getString("categoryName").equals(zh.getString("categoryName")), en.getString("categoryName"));
        assertTrue(en.getString("categoryName").matches("[\\x20-\\x7E]+"), en.getString("categoryName"));

        // the list's items say the same; a public area has no unit but the place the caller named
        JsonObject lobby = plannedRepair(null);
        JsonArray items = Api.ok(getIn("zh-CN", "/api/v1/tasks?estateId=" + estate + "&size=100"), 200)
                .getJsonArray("items");
        JsonObject inUnit = items.stream().map(JsonObject.class::cast).filter(i -> id(i) == task).findFirst()
                .orElseThrow();
        assertEquals(unit.getString("code"), inUnit.getString("unitCode"));
        assertEquals("13805920001", inUnit.getString("callerPhone"));
        assertEquals(zh.getString("categoryName"), inUnit.getString("categoryName"));
        JsonObject inLobby = items.stream().map(JsonObject.class::cast).filter(i -> id(i) == id(lobby)).findFirst()
                .orElseThrow();
        assertTrue(inLobby.isNull("unitCode"), inLobby.toString());
        assertEquals("3 号楼大堂", inLobby.getString("locationText"));
    }

    @Test
    void aRepairIsNotCompletedWithoutArrivalWorkAndTheOwnersConfirmation() {
        long task = id(plannedRepair(freshUnit()));
        String path = "/api/v1/tasks/" + task + "/actions";
        JsonObject before = Api.get("tech", "/api/v1/tasks/" + task).json();
        String arrived = OffsetDateTime.now().minusMinutes(15).toString();
        problemAt(Api.post("tech", path, """
                {"action":"COMPLETE"}"""), 400, "arrivedAt");
        problemAt(Api.post("tech", path, """
                {"action":"COMPLETE","workDone":"换阀门","signedOffBy":"王先生"}"""), 400, "arrivedAt");
        problemAt(Api.post("tech", path, """
                {"action":"COMPLETE","arrivedAt":"%s","signedOffBy":"王先生"}""".formatted(arrived)), 400,
                "workDone");
        JsonObject unsigned = problemAt(Api.post("tech", path, """
                {"action":"COMPLETE","arrivedAt":"%s","workDone":"换阀门"}""".formatted(arrived)), 400,
                "signedOffBy");
        assertEquals("error.task.signOffRequired", unsigned.getString("code"));
        problemAt(Api.post("tech", path, """
                {"action":"COMPLETE","arrivedAt":"%s","workDone":"换阀门","signedOffBy":"王先生"}"""
                .formatted(OffsetDateTime.now().plusHours(2))), 400, "arrivedAt");
        JsonObject after = Api.get("tech", "/api/v1/tasks/" + task).json();
        assertEquals("TO_IMPLEMENT", after.getString("state"), "the task stays as it was");
        assertEquals(before.getInt("version"), after.getInt("version"));
        assertTrue(after.isNull("workOrder"), after.toString());

        // nobody home: the reason stands in for the signature
        JsonObject done = act("tech", task, """
                {"action":"COMPLETE","arrivedAt":"%s","workDone":"更换入户阀门","notSignedReason":"业主不在家，物业管家见证"}"""
                .formatted(arrived));
        assertEquals("COMPLETED", done.getString("state"));
        JsonObject order = done.getJsonObject("workOrder");
        assertEquals("业主不在家，物业管家见证", order.getString("notSignedReason"));
        assertTrue(order.isNull("signedOffBy"), order.toString());
        assertEquals(done.getString("unitCode"), after.getString("unitCode"), "an action answers the whole task");
    }

    /** A one-pixel PNG: a photo as the phone would send it. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void theWorkOrderKeepsPhotosOfThePlaceFromThoseWhoWorkTheTask() {
        long task = id(plannedRepair(freshUnit()));
        String photos = "/api/v1/tasks/" + task + "/photos";
        JsonObject before = Api.ok(Api.upload("tech", photos + "?kind=BEFORE&fileName=leak.png", "image/png", PNG),
                201);
        assertEquals("BEFORE", before.getString("kind"));
        assertEquals(PNG.length, before.getInt("size"));
        problemAt(Api.upload("tech", photos + "?kind=AFTER&fileName=note.pdf", "application/pdf",
                "%PDF-1.4 not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 400, null);
        problemAt(Api.upload("tech", photos + "?fileName=x.png", "image/png", PNG), 400, "kind");
        Api.problem(Api.upload("frontdesk", photos + "?kind=AFTER&fileName=x.png", "image/png", PNG), 403);
        JsonArray list = Api.get("tech", photos).array();
        assertEquals(1, list.size(), list.toString());
        Api.Reply image = Api.get("frontdesk", photos + "/" + id(before));
        assertEquals(200, image.status());
        assertTrue(image.contentType().startsWith("image/png"), image.contentType());
    }

    @Test
    void theTaskListAndPageShowWhereAndTheDialogRefusesAnEmptyWorkOrder() {
        JsonObject unit = freshUnit();
        JsonObject task = plannedRepair(unit);
        try (Browser tech = new Browser()) {
            tech.loginAndOpen("tech", "/servicedesk/tasks.xhtml?mine=true&estate=" + estate);
            tech.waitForText(task.getString("number"));
            String row = tech.driver.findElements(By.cssSelector("tr")).stream()
                    .filter(r -> r.getText().contains(task.getString("number"))).findFirst().orElseThrow().getText();
            assertTrue(row.contains(unit.getString("code")), row);
            assertTrue(row.contains("13805920001"), row);
            assertFalse(row.contains("water-pipe"), "a name, not the code: " + row);
            tech.screenshot("front-line-tasks");

            tech.open("/servicedesk/task.xhtml?id=" + id(task));
            String where = tech.find("#taskWhere").getText();
            assertTrue(where.contains(unit.getString("code")), where);
            assertEquals("tel:13805920001",
                    tech.find("#taskCaller a.task-phone").getAttribute("href").replace("%20", " "));
            assertFalse(tech.text().contains("water-pipe"), "no category code on the page");

            // completing with every field blank is refused, field by field, and the task stays as it was
            tech.press("[id$='form:complete']");
            tech.find("textarea[id$='workDone']");
            tech.press("[id$='saveComplete']");
            tech.waitForText("到场时间：必填");
            tech.waitForText("处理情况：必填");
            tech.screenshot("front-line-complete-refused");
            assertEquals("TO_IMPLEMENT", Api.get("tech", "/api/v1/tasks/" + id(task)).json().getString("state"));

            // with arrival and work but no sign-off: the rule of the domain says what is missing
            tech.typeDate("input[id$='arrivedAt_input']", GivenServiceDesk.arrivedOnThePage());
            tech.type("textarea[id$='workDone']", "更换厨房角阀");
            tech.press("[id$='saveComplete']");
            tech.waitForText("请填写业主签认人");
            assertEquals("TO_IMPLEMENT", Api.get("tech", "/api/v1/tasks/" + id(task)).json().getString("state"));
            tech.type("input[id$='signedOffBy']", "王先生");
            // the owner signs on the screen
            org.openqa.selenium.WebElement pad = tech.find(".signature-pad canvas");
            new org.openqa.selenium.interactions.Actions(tech.driver).moveToElement(pad, -60, 0).clickAndHold()
                    .moveByOffset(40, 20).moveByOffset(40, -25).moveByOffset(30, 15).release().perform();
            tech.press("[id$='saveComplete']");
            tech.waitForText("已完成");
            tech.waitForText("业主签名已保存");
            JsonArray photos = Api.get("tech", "/api/v1/tasks/" + id(task) + "/photos").array();
            assertEquals("SIGNATURE", photos.getJsonObject(0).getString("kind"), photos.toString());
            tech.wait.until(d -> Boolean.TRUE.equals(tech.driver.executeScript(
                    "var i = document.querySelector('.photo-strip img'); return !!i && i.complete && i.naturalWidth > 0;")));
            tech.screenshot("front-line-completed");
            JsonObject order = Api.get("tech", "/api/v1/tasks/" + id(task)).json().getJsonObject("workOrder");
            assertEquals("更换厨房角阀", order.getString("workDone"));
            assertEquals("王先生", order.getString("signedOffBy"));
        }
    }

    @Test
    void onThePhoneTheTechnicianSeesHisTasksAndTheTaskWithoutScrollingSideways() {
        JsonObject unit = freshUnit();
        JsonObject task = plannedRepair(unit);
        try (Browser tech = new Browser()) {
            tech.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            tech.loginAndOpen("tech", "/servicedesk/tasks.xhtml?mine=true&estate=" + estate);
            tech.waitForText(task.getString("number"));
            assertFalse(tech.find(".layout-menu").isDisplayed(), "the menu folds away on a phone");
            tech.assertFitsTheScreen("the task list");
            tech.screenshot("front-line-tasks-390");
            tech.click("#menuToggle");
            tech.wait.until(d -> tech.find(".layout-menu").isDisplayed());

            tech.open("/servicedesk/task.xhtml?id=" + id(task));
            assertTrue(tech.find("#taskWhere").getText().contains(unit.getString("code")));
            tech.assertFitsTheScreen("the task page");
            tech.screenshot("front-line-task-390");
            tech.press("[id$='form:complete']");
            tech.find(".signature-pad canvas");
            tech.assertFitsTheScreen("the work-order dialog");
            tech.screenshot("front-line-work-order-390");
        }
    }

}
