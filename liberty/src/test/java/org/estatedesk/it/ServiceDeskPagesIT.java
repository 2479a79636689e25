package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The service desk in headless Chromium: the front desk takes a call from an owner's number and splits it into a
 * task; a task goes through its page from the supervisor to the technician to the callback; the lists and the
 * workbench show what needs attention.
 */
class ServiceDeskPagesIT {
    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** An owner of a unit deep in 海湾花园, away from the demo's own tasks and the API tests. */
    private static JsonObject ownedUnit(int page) {
        long estate = GivenEstates.estateId("XM-HWHY");
        for (var v : Api.get("frontdesk", "/api/v1/estates/" + estate + "/units?page=" + page + "&size=50").json()
                .getJsonArray("items")) {
            JsonObject u = v.asJsonObject();
            if (u.containsKey("ownerId") && !u.isNull("ownerId")) {
                return u;
            }
        }
        throw new IllegalStateException("no owned unit");
    }

    @Test
    void theFrontDeskRegistersACallFromAnOwnersNumberAndSplitsIt() {
        JsonObject unit = ownedUnit(7);
        JsonObject owner = Api.get("frontdesk", "/api/v1/owners/" + unit.getJsonNumber("ownerId")).json();
        String phone = owner.getString("phone");

        // the call-centre system opens the page with the caller's number: the screen-pop fills the form
        browser.loginAndOpen("frontdesk", "/servicedesk/reception.xhtml?phone=" + phone);
        browser.waitForText(owner.getString("name"));
        assertEquals(unit.getString("code"), browser.find("input[id$='unitCode_input']").getAttribute("value"));
        assertEquals(owner.getString("name"), browser.find("input[id$='callerName']").getAttribute("value"));

        browser.press("[id$='register']");
        browser.waitForText("必填");
        browser.type("textarea[id$='description']", "厨房水管接口漏水，已关总阀。");
        browser.press("[id$='register']");
        browser.waitForText("已登记");

        browser.pick("categoryCode", "给排水", "公共给排水管道");
        browser.press("[id$='addTask']");
        browser.waitForText("已派往工程部");
        browser.pick("categoryCode", "噪音", "邻里纠纷 › 噪音");
        browser.select("kind", "投诉");
        browser.press("[id$='addTask']");
        browser.wait.until(d -> d.findElements(By.cssSelector("td.task-department")).size() == 2);
        List<String> departments = browser.driver.findElements(By.cssSelector("td.task-department")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("工程部", "客服助理"), departments);
        browser.screenshot("reception-frontdesk");

        String number = browser.driver.findElements(By.cssSelector("td.task-number a")).get(0).getText();
        long id = Long.parseLong(number.substring(1));
        JsonObject task = Api.get("frontdesk", "/api/v1/tasks/" + id).json();
        assertEquals("water-pipe", task.getString("categoryCode"));
        assertEquals(unit.getJsonNumber("id").longValue(), task.getJsonNumber("unitId").longValue());
        assertEquals("frontdesk", task.getString("owner"));
        JsonObject rec = Api.get("frontdesk", "/api/v1/receptions/" + task.getJsonNumber("receptionId")).json();
        assertEquals(phone, rec.getString("callerPhone"));
        assertEquals(2, rec.getJsonArray("tasks").size());
    }

    @Test
    void aTaskGoesFromTheSupervisorToTheTechnicianToTheCallback() {
        long estate = GivenEstates.estateId("XM-HWHY");
        long unit = ownedUnit(8).getJsonNumber("id").longValue();
        JsonObject rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"unitId":%d,"channel":"VISIT","callerName":"赵女士","callerPhone":"13905920002",
                 "description":"入户水管滴水"}""".formatted(estate, unit)).json();
        long task = Api.post("frontdesk", "/api/v1/receptions/" + rec.getJsonNumber("id") + "/tasks", """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""").json().getJsonNumber("id").longValue();

        browser.loginAndOpen("engineer", "/servicedesk/task.xhtml?id=" + task);
        browser.waitForText("待分派");
        assertTrue(browser.driver.findElements(By.cssSelector("[id$='complete']")).isEmpty(), "not yet");
        browser.press("[id$='form:assign']");
        browser.selectContaining("assignee", "(tech)");
        browser.press("[id$='saveAssign']");
        browser.waitForText("待回复");
        assertEquals("tech", browser.find("#taskAssignee").getText());

        try (Browser tech = new Browser()) {
            tech.loginAndOpen("tech", "/servicedesk/task.xhtml?id=" + task);
            assertTrue(tech.driver.findElements(By.cssSelector("[id$='form:assign']")).isEmpty(),
                    "a technician does not dispatch");
            tech.press("[id$='form:plan']");
            tech.waitForText("待实施");
            tech.press("[id$='form:complete']");
            tech.typeDate("input[id$='arrivedAt_input']", GivenServiceDesk.arrivedOnThePage());
            tech.type("textarea[id$='workDone']", "更换角阀");
            tech.type("input[id$='charge_input']", "25");
            tech.type("input[id$='signedOffBy']", "赵女士");
            tech.press("[id$='saveComplete']");
            tech.waitForText("已完成");
            tech.waitForText("更换角阀");
            tech.screenshot("task-tech");
        }

        try (Browser desk = new Browser()) {
            desk.loginAndOpen("frontdesk", "/servicedesk/tasks.xhtml?callbacks=true");
            desk.waitForText(String.format("T%08d", task));
            desk.open("/servicedesk/task.xhtml?id=" + task);
            desk.press("[id$='form:callback']");
            desk.click("label[for$='result:1']");
            desk.type("textarea[id$='callbackComment']", "还可以");
            desk.press("[id$='saveCallback']");
            desk.waitForText("回访已记录");
            desk.waitForText("已关闭");
            desk.screenshot("task-callback-frontdesk");
        }
        JsonObject closed = Api.get("frontdesk", "/api/v1/tasks/" + task).json();
        assertEquals("CLOSED", closed.getString("state"));
        assertEquals("FAIR", closed.getJsonArray("callbacks").getJsonObject(0).getString("result"));
        assertEquals("25.00", closed.getJsonObject("workOrder").getJsonNumber("charge").bigDecimalValue()
                .setScale(2).toPlainString());
    }

    @Test
    void anIllegalStepOnAStalePageIsRefusedWithAMessage() {
        long estate = GivenEstates.estateId("XM-HWHY");
        JsonObject rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"location":"2 号楼电梯厅","channel":"PHONE","callerName":"钱先生",
                 "callerPhone":"13905920003","description":"楼道灯不亮"}""".formatted(estate)).json();
        long task = Api.post("frontdesk", "/api/v1/receptions/" + rec.getJsonNumber("id") + "/tasks", """
                {"kind":"REPAIR","categoryCode":"street-light"}""").json().getJsonNumber("id").longValue();
        browser.loginAndOpen("frontdesk", "/servicedesk/task.xhtml?id=" + task);
        browser.press("[id$='form:void']");
        browser.press("[id$='saveFinish']");
        browser.waitForText("请填写原因");
        // meanwhile someone else invalidates it
        assertEquals(200, Api.post("manager", "/api/v1/tasks/" + task + "/actions", """
                {"action":"INVALIDATE","comment":"重复报修"}""").status());
        browser.type("input[id$='form:comment']", "业主取消");
        browser.press("[id$='saveFinish']");
        browser.waitForText("已被他人修改");
        assertEquals("INVALID", Api.get("frontdesk", "/api/v1/tasks/" + task).json().getString("state"));
    }

    @Test
    void aTechnicianPutsATaskOnHoldForTheCustomerAndResumesIt() {
        long estate = GivenEstates.estateId("XM-HWHY");
        JsonObject rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"location":"5 号楼地下车库","channel":"PHONE","callerName":"孙先生",
                 "callerPhone":"13905920004","description":"车库排水管渗水"}""".formatted(estate)).json();
        long task = Api.post("frontdesk", "/api/v1/receptions/" + rec.getJsonNumber("id") + "/tasks", """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""").json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("engineer", "/api/v1/tasks/" + task + "/actions", """
                {"action":"ASSIGN","assignee":"tech"}""").status());
        String number = String.format("T%08d", task);

        browser.loginAndOpen("tech", "/servicedesk/task.xhtml?id=" + task);
        browser.waitForText("待回复");
        assertTrue(browser.driver.findElements(By.cssSelector("[id$='form:resume']")).isEmpty(), "not waiting");
        browser.press("[id$='form:waitCustomer']");
        browser.type("input[id$='form:comment']", "业主需先与物业确认维修时间");
        browser.press("[id$='saveFinish']");
        browser.waitForText(number + "：等待客户");
        assertEquals("等待客户", browser.find("#taskState").getText());
        assertEquals("WAITING_CUSTOMER", Api.get("tech", "/api/v1/tasks/" + task).json().getString("state"));
        assertTrue(browser.driver.findElements(By.cssSelector("[id$='form:plan']")).isEmpty(), "on hold");
        browser.screenshot("task-waiting-customer");

        browser.press("[id$='form:resume']");
        browser.waitForText(number + "：恢复处理");
        assertEquals("待回复", browser.find("#taskState").getText());
        assertEquals("TO_REPLY", Api.get("tech", "/api/v1/tasks/" + task).json().getString("state"));
    }

    @Test
    void theListsAndTheWorkbenchShowWhatNeedsAttention() {
        // an escalated complaint of this test's own (R1.10: the second, after the first was called back)
        long estate = GivenEstates.freshEstate("SP", 1);
        long unit = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=1").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        GivenServiceDesk.escalatedComplaint(estate, unit);
        browser.loginAndOpen("manager", "/index.xhtml");
        browser.waitForText("超时任务");
        WebElement overdue = browser.find("#count-workbench-tasksOverdue");
        assertTrue(Integer.parseInt(overdue.findElement(By.cssSelector(".value")).getText().replace(",", "")) >= 1);
        browser.screenshot("workbench-manager");
        overdue.click();
        browser.find("td.task-due.overdue");
        assertTrue(browser.driver.findElements(By.cssSelector("td.task-due")).stream()
                .allMatch(td -> td.getAttribute("class").contains("overdue")), "only overdue tasks");
        browser.screenshot("tasks-overdue-manager");

        browser.open("/servicedesk/tasks.xhtml?escalated=true");
        browser.waitForText("已上移");
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("td.task-escalation"));
        assertFalse(cells.isEmpty());
        assertTrue(cells.stream().allMatch(td -> td.getAttribute("class").contains("escalated")), "only escalated");
    }

    @Test
    void aManagerKeepsTheLibraryAndTheDispatchTable() {
        String code = "pg-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        browser.loginAndOpen("manager", "/servicedesk/library.xhtml");
        browser.waitForText("water-pipe");
        browser.press("[id$='newCategory']");
        browser.selectContaining("parentCode", "facilities");
        browser.type("input[id$='form:code']", code);
        // the menu may keep the focus while its panel closes, and its type-ahead takes the code's keys: choose again
        for (int i = 0; i < 3 && !(code.equals(browser.find("input[id$='form:code']").getAttribute("value"))
                && browser.find("[id$='parentCode_label']").getText().contains("facilities")); i++) {
            browser.selectContaining("parentCode", "facilities");
            browser.type("input[id$='form:code']", code);
        }
        browser.type("input[id$='nameZh']", "单元门禁");
        browser.select("department", "秩序部");
        browser.press("[id$='saveCategory']");
        browser.waitForText("类别 " + code + " 已保存");

        browser.selectContaining("categoryCode", code);
        browser.select("ruleLocation", "户内");
        browser.select("ruleDepartment", "工程部");
        browser.press("[id$='addRule']");
        browser.waitForText("派单规则已保存");
        browser.screenshot("library-manager");

        long estate = GivenEstates.estateId("XM-HWHY");
        long rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"location":"5 号楼","channel":"PHONE","callerName":"孙先生","callerPhone":"13905920004",
                 "description":"门禁坏了"}""".formatted(estate)).json().getJsonNumber("id").longValue();
        JsonObject inUnit = Api.post("frontdesk", "/api/v1/receptions/" + rec + "/tasks", """
                {"kind":"REPAIR","categoryCode":"%s","location":"UNIT"}""".formatted(code)).json();
        assertEquals("ENGINEERING", inUnit.getString("department"), "the new dispatch row");
        JsonObject outside = Api.post("frontdesk", "/api/v1/receptions/" + rec + "/tasks", """
                {"kind":"REPAIR","categoryCode":"%s","location":"PUBLIC_AREA"}""".formatted(code)).json();
        assertEquals("SECURITY", outside.getString("department"), "the category's own department");

        WebElement row = browser.driver.findElements(By.cssSelector("td.rule-category")).stream()
                .filter(td -> td.getText().equals(code)).findFirst().orElseThrow().findElement(By.xpath(".."));
        row.findElement(By.cssSelector("[id$=':remove']")).click();
        browser.press(".ui-confirmdialog-yes");
        browser.waitForText("派单规则已删除");
        assertTrue(browser.driver.findElements(By.cssSelector("td.rule-category")).stream()
                .noneMatch(td -> td.getText().equals(code)));

        try (Browser desk = new Browser()) {
            desk.loginAndOpen("frontdesk", "/index.xhtml");
            assertTrue(desk.driver.findElements(By.cssSelector("[id$='m-library']")).isEmpty(), "no menu entry");
            desk.open("/servicedesk/library.xhtml");
            desk.waitForText("无权访问");
        }
    }

    @Test
    void aDifficultTaskHasAPrintableWrittenNotice() {
        long estate = GivenEstates.estateId("XM-HWHY");
        long unit = ownedUnit(9).getJsonNumber("id").longValue();
        JsonObject rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"unitId":%d,"channel":"PHONE","callerName":"周女士","callerPhone":"13905920005",
                 "description":"客厅墙面开裂"}""".formatted(estate, unit)).json();
        JsonObject task = Api.post("frontdesk", "/api/v1/receptions/" + rec.getJsonNumber("id") + "/tasks", """
                {"kind":"REPAIR","categoryCode":"wall-crack"}""").json();
        assertEquals("DIFFICULT", task.getString("tier"));
        String due = java.time.OffsetDateTime.parse(task.getString("dueAt"))
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();

        browser.loginAndOpen("frontdesk", "/servicedesk/task.xhtml?id=" + task.getJsonNumber("id"));
        browser.find("[id$='form:notice']");
        Api.Download pdf = browser.fetch(browser.href("[id$='form:noticePdf']"));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(PdfText.of(pdf.body()).contains("客厅墙面开裂"));
        browser.open("/servicedesk/notice.xhtml?id=" + task.getJsonNumber("id"));
        browser.waitForText("处理时限告知书");
        assertTrue(browser.text().contains("尊敬的 周女士"), browser.text());
        assertTrue(browser.text().contains("客厅墙面开裂"));
        assertTrue(browser.text().contains(due), "the due date");
        assertTrue(browser.text().contains(task.getString("number")));
        browser.screenshot("notice-frontdesk");
    }

    @Test
    void aManagerNamesAnOwnersConsultantAndTheScreenPopShowsHim() {
        JsonObject unit = ownedUnit(10);
        long owner = unit.getJsonNumber("ownerId").longValue();
        browser.loginAndOpen("manager", "/owners/edit.xhtml?id=" + owner);
        browser.selectContaining("consultant", "(assistant)");
        browser.press("[id$='saveConsultant']");
        browser.waitForText("客服顾问已更新");
        assertEquals("assistant", Api.get("manager", "/api/v1/owners/" + owner).json().getString("consultant"));

        String phone = Api.get("frontdesk", "/api/v1/owners/" + owner).json().getString("phone");
        try (Browser desk = new Browser()) {
            desk.loginAndOpen("frontdesk", "/servicedesk/reception.xhtml?phone=" + phone);
            desk.waitForText("客服顾问 assistant");
        }
    }
}
