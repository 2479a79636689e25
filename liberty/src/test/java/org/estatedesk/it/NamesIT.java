package org.estatedesk.it;

import static org.estatedesk.it.GivenServiceDesk.act;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 20, names instead of codes: the operation log names its operations and records in the reader's language
 * (登录, 登记接待, 用户 admin, 任务 T…; Sign-in … after the language switch), the units list names the owner with a
 * link to him, and a task's history reads a callback as its result's name (满意：…), never "SATISFIED".
 */
class NamesIT {
    private static long estate;
    private static Map<String, Long> units;

    @BeforeAll
    static void anEstate() {
        estate = GivenEstates.freshEstate("NM", 2);
        units = GivenEstates.unitsByCode(estate);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void theOperationLogSaysWhatWasDoneToWhatByName() {
        JsonObject reception = GivenServiceDesk.reception("frontdesk", estate, units.get("A-1-0101"));
        JsonObject task = GivenServiceDesk.task("frontdesk", id(reception), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        String number = task.getString("number");
        String owner = "程" + GivenEstates.unique();
        GivenOwners.owner(owner, null, units.get("A-1-0104"), "OWNER");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("admin", "/audit/log.xhtml");
            browser.waitForText("任务 " + number);
            browser.waitForText("接待 " + reception.getString("number"));
            List<String> operations = texts(browser, "td.log-operation");
            assertTrue(operations.containsAll(List.of("登录", "登记接待", "创建任务")), operations.toString());
            List<String> targets = texts(browser, "td.log-target");
            assertTrue(targets.containsAll(List.of("用户 admin", "房间 A-1-0104", "业主 " + owner)), targets.toString());
            String page = browser.text();
            assertFalse(page.contains("RECEPTION_REGISTER") || page.contains("TASK_CREATE")
                    || operations.contains("LOGIN"), page);
            assertTrue(operations.stream().noneMatch(o -> o.endsWith("…") || o.matches("[A-Z_]+")), operations.toString());
            browser.screenshot("names-log-zh");

            browser.click("[id$='header:lang']");
            browser.waitForText("task " + number);
            List<String> english = texts(browser, "td.log-operation");
            assertTrue(english.containsAll(List.of("Sign-in", "Reception registered", "Task created")),
                    english.toString());
            assertTrue(texts(browser, "td.log-target").contains("user admin"));
            browser.screenshot("names-log-en");
            browser.click("[id$='header:lang']");
            browser.waitForText("任务 " + number);
        }
    }

    @Test
    void theUnitsListNamesTheOwner() {
        String name = "林" + GivenEstates.unique();
        long owner = GivenOwners.owner(name, null, units.get("A-1-0102"), "OWNER");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("admin", "/estates/units.xhtml?estate=" + estate);
            browser.waitForText(name);
            WebElement link = browser.driver.findElements(By.cssSelector("td.unit-owner a")).stream()
                    .filter(a -> a.getText().equals(name)).findFirst().orElseThrow();
            assertTrue(link.getAttribute("href").contains("owners/edit.xhtml?id=" + owner), link.getAttribute("href"));
            assertFalse(browser.text().contains("业主编号"), "the owner is named, not numbered");
            browser.screenshot("names-units-owner");
        }
    }

    @Test
    void aTaskHistoryReadsTheCallbackAsItsResult() {
        long satisfied = calledBack("A-1-0103", "SATISFIED", "师傅很专业");
        long dissatisfied = calledBack("A-1-0201", "DISSATISFIED", "还在漏");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("admin", "/servicedesk/task.xhtml?id=" + satisfied);
            browser.waitForText("满意：师傅很专业");
            String history = browser.find("[id$='history']").getText();
            assertTrue(history.contains("回访"), history);
            assertFalse(history.contains("SATISFIED"), history);
            browser.screenshot("names-task-callback");

            // a dissatisfied callback reopens the task: one line says both
            browser.open("/servicedesk/task.xhtml?id=" + dissatisfied);
            browser.waitForText("不满意：还在漏");
            List<String> rows = texts(browser, "[id$='history'] tbody tr");
            assertEquals(1, rows.stream().filter(r -> r.contains("还在漏")).count(), rows.toString());
            assertTrue(rows.stream().noneMatch(r -> r.contains("DISSATISFIED")), rows.toString());
        }
    }

    /** A repair of the unit done and called back with the result and the owner's words; returns the task's id. */
    private static long calledBack(String unit, String result, String comment) {
        long task = id(GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate,
                units.get(unit))), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}"""));
        act("manager", task, """
                {"action":"ASSIGN","assignee":"assistant"}""");
        act("assistant", task, """
                {"action":"PLAN"}""");
        act("assistant", task, "{\"action\":\"COMPLETE\"," + GivenServiceDesk.onSite("已处理") + "}");
        Api.Reply callback = Api.post("frontdesk", "/api/v1/tasks/" + task + "/callbacks", """
                {"result":"%s","comment":"%s"}""".formatted(result, comment));
        assertEquals(201, callback.status(), callback.body());
        return task;
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
