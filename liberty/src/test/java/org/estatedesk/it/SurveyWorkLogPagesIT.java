package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Questionnaires and the work log in a headless browser (R6.3, R6.4): the manager writes a questionnaire in the
 * editor dialog and publishes it after the confirmation; the owner's answer page opens without a login; a staff
 * member writes today's log on his week page; the manager's workbench counts the week waiting for him, and he
 * reviews it on the team page.
 */
class SurveyWorkLogPagesIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theManagerWritesAndPublishesAQuestionnaire() {
        String title = "页面问卷 " + Long.toString(System.nanoTime() % 10_000_000L, 36);
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/surveys/questionnaires.xhtml");
            browser.press("[id$='newQuestionnaire']");
            browser.type("input[id$='title']", title);
            browser.type("input[id$='questionRows:0:text']", "对物业服务总体满意度");
            browser.press("[id$='addQuestion']");
            browser.select("questionRows:1:kind", "单选");
            browser.type("input[id$='questionRows:1:text']", "最需改进的方面");
            browser.type("textarea[id$='questionRows:1:options']", "保洁\n安保");
            browser.press("[id$='saveQuestionnaire']");
            browser.waitForText("问卷「" + title + "」已保存。");
            browser.screenshot("questionnaire-saved");
            browser.press("[id$='questionnaires:0:publish']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("问卷「" + title + "」已发布。");
            assertEquals("已发布", browser.find("td.questionnaire-state").getText());
            browser.screenshot("questionnaire-published");
        }
        JsonObject q = Api.get("manager", "/api/v1/questionnaires?state=PUBLISHED").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(x -> x.getString("title").equals(title)).findFirst()
                .orElseThrow();
        assertEquals(2, q.getJsonArray("questions").size());
        assertEquals("SINGLE_CHOICE", q.getJsonArray("questions").getJsonObject(1).getString("kind"));
        assertEquals(2, q.getJsonArray("questions").getJsonObject(1).getJsonArray("options").size());

        // the owner's page needs no login; a wrong token says so
        try (Browser browser = new Browser()) {
            browser.open("/surveys/answer.xhtml?token=" + "0".repeat(32));
            browser.waitForText("链接无效");
            assertTrue(browser.driver.findElements(By.id("login:username")).isEmpty(), "no login page");
        }
    }

    @Test
    void aStaffMemberWritesHisDayAndTheManagerReviewsTheWeek() {
        String staff = WorkLogIT.freshStaff("wp");
        try (Browser browser = new Browser()) {
            browser.driver.get(Api.BASE + "/worklog/worklog.xhtml");
            browser.find("#login\\:username").sendKeys(staff);
            browser.driver.findElement(By.id("login:password")).sendKeys(WorkLogIT.PASSWORD);
            browser.driver.findElement(By.id("login:submit")).click();
            browser.find(".layout-content");
            browser.waitForText(WorkLogIT.week(TODAY));
            int row = TODAY.getDayOfWeek().getValue() - 1;
            browser.press("[id$='days:" + row + ":write']");
            browser.type("textarea[id$='workDone']", "更换 2 号楼电梯按钮");
            browser.type("textarea[id$='pending']", "等待配件");
            browser.press("[id$='saveDay']");
            browser.waitForText(TODAY + " 的日志已保存。");
            browser.waitForText("更换 2 号楼电梯按钮");
            browser.screenshot("worklog-week");
        }
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/");
            String count = browser.find("[id='count-workbench-worklogsToReview']").getText();
            assertTrue(count.contains("待审阅的工作日志"), count);
            browser.open("/worklog/reviews.xhtml");
            browser.waitForText(staff);
            browser.waitForText("更换 2 号楼电梯按钮");
            org.openqa.selenium.WebElement tr = browser.driver.findElements(By.cssSelector("td.team-user")).stream()
                    .filter(td -> td.getText().contains(staff)).findFirst().orElseThrow()
                    .findElement(By.xpath("./ancestor::tr"));
            tr.findElement(By.cssSelector("[id$=':review']")).click();
            browser.ajaxDone();
            browser.type("textarea[id$='comment']", "辛苦了");
            browser.press("[id$='saveReview']");
            browser.waitForText("的 " + WorkLogIT.week(TODAY) + " 周日志。");
            browser.waitForText("manager：辛苦了");
            browser.screenshot("worklog-reviewed");
        }
        assertEquals(409, WorkLogIT.write(staff, TODAY, "{\"workDone\":\"审阅后\"}").status());
    }
}
