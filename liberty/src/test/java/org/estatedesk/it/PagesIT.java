package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The foundation's pages in headless Chromium, each doing its real work against the demo data: estates with a
 * building and generated units, the organisation tree, company clearing with its typed confirmation, users,
 * parameters, announcements on the workbench, the operation log, and the role filter of the menu.
 */
class PagesIT {
    private static final String SUFFIX = String.valueOf(System.currentTimeMillis() % 1_000_000);
    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aManagerAddsABuildingAndGeneratesItsUnits() {
        // "0…" sorts before the other estates of the company, so the new estate is on the table's first page
        String estateCode = "0PG" + SUFFIX;
        long companyId = Api.get("manager", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        assertEquals(201, Api.post("admin", "/api/v1/estates", """
                {"companyId":%d,"code":"%s","name":"页面测试","city":"厦门","address":"test"}"""
                .formatted(companyId, estateCode)).status());

        browser.loginAndOpen("manager", "/estates/estates.xhtml");
        browser.driver.findElements(By.cssSelector("td.estate-code")).stream()
                .filter(td -> td.getText().equals(estateCode)).findFirst().orElseThrow().click();
        browser.ajaxDone();
        browser.waitForText(estateCode + " 页面测试");
        browser.press("[id$='newBuilding']");
        browser.type("input[id$='buildingCode']", "T1");
        browser.type("input[id$='buildingName']", "测试楼");
        browser.type("input[id$='buildingFloors_input']", "6");
        browser.press("[id$='saveBuilding']");
        browser.wait.until(d -> d.findElements(By.cssSelector("td.building-code")).stream()
                .anyMatch(td -> td.getText().equals("T1")));

        browser.press("[id$='buildings:0:generate']");
        browser.type("input[id$='toFloor_input']", "6");
        browser.type("input[id$='unitsPerFloor_input']", "3");
        browser.press("[id$='runGeneration']");
        browser.waitForText("已生成 18 个房间");
        browser.screenshot("estates-manager");

        long estate = GivenEstates.estateId(estateCode);
        JsonObject units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=50").json();
        assertEquals(18, units.getInt("total"));
        assertEquals("T1-1-101", units.getJsonArray("items").getJsonObject(0).getString("code"));

        // the same layout again: every code exists, nothing is created, the message says why
        browser.press("[id$='buildings:0:generate']");
        browser.type("input[id$='toFloor_input']", "6");
        browser.type("input[id$='unitsPerFloor_input']", "3");
        browser.press("[id$='runGeneration']");
        browser.waitForText("以下房号已存在");
        assertEquals(18, Api.get("manager", "/api/v1/estates/" + estate).json().getInt("unitCount"));
    }

    @Test
    void theGroupAdministratorBuildsATreeAndClearsAThrowawayCompanyOnlyWithItsCode() {
        String company = "TC" + SUFFIX;
        browser.loginAndOpen("admin", "/organisation/tree.xhtml");
        browser.driver.findElements(By.cssSelector("td.org-code")).stream()
                .filter(td -> td.getText().equals("EAST")).findFirst().orElseThrow()
                .findElement(By.xpath("..")).findElement(By.cssSelector("[id$=':add']")).click();
        browser.ajaxDone();
        browser.select("kind", "公司");
        browser.type("input[id$='form:code']", company);
        browser.type("input[id$='form:name']", "临时测试公司" + SUFFIX);
        browser.press("[id$='saveAdd']");
        browser.waitForText("临时测试公司" + SUFFIX);
        browser.screenshot("organisation-admin");

        long companyId = -1;
        for (var v : Api.get("admin", "/api/v1/me").json().getJsonArray("companyIds")) {
            companyId = Math.max(companyId, ((jakarta.json.JsonNumber) v).longValue());
        }
        String estateCode = "TE" + SUFFIX;
        assertEquals(201, Api.post("admin", "/api/v1/estates", """
                {"companyId":%d,"code":"%s","name":"待清空","city":"厦门","address":"x"}"""
                .formatted(companyId, estateCode)).status());

        browser.open("/organisation/clear.xhtml");
        browser.select("company", company + " 临时测试公司" + SUFFIX);
        browser.type("input[id$='confirmation']", "WRONG");
        browser.click("[id$='form:clear']");
        browser.press(".ui-confirmdialog-yes");
        browser.waitForText("确认内容不符");
        assertTrue(Api.get("admin", "/api/v1/estates").body().contains(estateCode), "nothing was cleared");

        browser.type("input[id$='confirmation']", company);
        browser.click("[id$='form:clear']");
        browser.press(".ui-confirmdialog-yes");
        browser.find("td.cleared-rows");
        browser.screenshot("clear-admin");
        assertFalse(Api.get("admin", "/api/v1/estates").body().contains(estateCode), "the estate is gone");
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenLogIn() {
        String username = "pu" + SUFFIX;
        browser.loginAndOpen("admin", "/admin/users.xhtml");
        browser.press("[id$='newUser']");
        browser.type("input[id$='username']", username);
        browser.type("input[id$='displayName']", "页面用户");
        browser.type("input[id$='password']", "Secret-" + SUFFIX);
        browser.select("companyId", "厦门鹭江物业服务有限公司");
        browser.driver.findElements(By.cssSelector("[id$='roles'] label")).stream()
                .filter(l -> l.getText().equals("前台")).findFirst().orElseThrow().click();
        browser.press("[id$='saveUser']");
        browser.waitForText("用户 " + username + " 已保存");
        browser.screenshot("users-admin");

        JsonObject me = Api.get(username, "Secret-" + SUFFIX, "/api/v1/me").json();
        assertEquals(username, me.getString("username"));
        assertTrue(me.getJsonArray("roles").toString().contains("FRONT_DESK"));
    }

    @Test
    void anAnnouncementReachesTheFrontDesksWorkbench() {
        String title = "页面公告 " + SUFFIX;
        browser.loginAndOpen("manager", "/admin/announcements.xhtml");
        browser.press("[id$='publish']");
        browser.select("companyId", "厦门鹭江物业服务有限公司");
        browser.type("input[id$='title']", title);
        browser.type("textarea[id$='body']", "周五下午停水两小时。");
        browser.press("[id$='saveAnnouncement']");
        browser.waitForText("已保存");
        browser.screenshot("announcements-manager");

        try (Browser frontDesk = new Browser()) {
            frontDesk.loginAndOpen("frontdesk", "/index.xhtml");
            frontDesk.waitForText(title);
            assertTrue(frontDesk.text().contains("房产单元"), "the workbench shows the unit count");
            frontDesk.screenshot("workbench-frontdesk");
        }
        try (Browser otherCompany = new Browser()) {
            otherCompany.loginAndOpen("frontdesk2", "/index.xhtml");
            assertFalse(otherCompany.text().contains(title), "another company does not see it");
        }
    }

    @Test
    void parametersAreSetAndResetPerCompany() {
        browser.loginAndOpen("admin", "/admin/parameters.xhtml");
        browser.select("company", "厦门鹭江物业服务有限公司");
        var row = browser.driver.findElements(By.cssSelector("td.parameter-key")).stream()
                .filter(td -> td.getText().equals("callback.delay.hours")).findFirst().orElseThrow()
                .findElement(By.xpath(".."));
        var input = row.findElement(By.cssSelector("input[id$='value']"));
        input.clear();
        input.sendKeys("36");
        row.findElement(By.cssSelector("[id$=':save']")).click();
        browser.ajaxDone();
        browser.waitForText("参数 callback.delay.hours 已保存");
        browser.screenshot("parameters-admin");

        var again = browser.driver.findElements(By.cssSelector("td.parameter-key")).stream()
                .filter(td -> td.getText().equals("callback.delay.hours")).findFirst().orElseThrow()
                .findElement(By.xpath(".."));
        assertEquals("36", again.findElement(By.cssSelector("input[id$='value']")).getAttribute("value"));
        again.findElement(By.cssSelector("[id$=':reset']")).click();
        browser.ajaxDone();
        browser.waitForText("已恢复默认值");
    }

    @Test
    void theOperationLogFindsTheAdministratorsLogins() {
        browser.loginAndOpen("admin", "/audit/log.xhtml");
        browser.type("input[id$='username']", "admin");
        browser.select("operation", "登录");
        browser.press("[id$='search']");
        browser.wait.until(d -> !d.findElements(By.cssSelector("td.log-user")).isEmpty()
                && d.findElements(By.cssSelector("td.log-user")).stream().allMatch(td -> td.getText().equals("admin")));
        browser.screenshot("log-admin");
    }

    @Test
    void theFrontDeskSeesNoAdministrationAndIsRefusedItsPages() {
        browser.loginAndOpen("frontdesk", "/index.xhtml");
        assertTrue(browser.driver.findElements(By.cssSelector("[id$='m-users']")).isEmpty(), "no users menu");
        assertFalse(browser.driver.findElements(By.cssSelector("[id$='m-units']")).isEmpty(), "units menu");
        browser.open("/admin/users.xhtml");
        browser.waitForText("无权访问");
        browser.open("/organisation/tree.xhtml");
        browser.waitForText("无权访问");
    }
}
