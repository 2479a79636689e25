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
    void theFrontDeskEntersAnOwnersAnswersAndTheOwnerAnswersOnHisPage() {
        long estate = GivenEstates.freshEstate("SP", 1);
        java.util.List<Long> units = GivenEstates.units(estate);
        String suffix = Long.toString(System.nanoTime() % 10_000_000L, 36);
        String mail = "owner-p-" + suffix + "@example.com";
        GivenOwners.owner("庚业主", mail, units.get(0), "OWNER");
        GivenOwners.owner("辛业主", null, units.get(1), "OWNER");
        String title = "页面调查 " + suffix;
        JsonObject q = Api.post("manager", "/api/v1/questionnaires", """
                {"title":"%s","questions":[{"kind":"SCORE","text":"总体满意度","required":true},
                 {"kind":"SINGLE_CHOICE","text":"最需改进","options":["保洁","安保"]},{"kind":"TEXT","text":"建议"}]}"""
                .formatted(title)).json();
        long qid = q.getJsonNumber("id").longValue();
        assertEquals(200, Api.post("manager", "/api/v1/questionnaires/" + qid + "/publish", "{}").status());
        String estateName = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/surveys/surveys.xhtml?questionnaireId=" + qid);
            browser.waitForText("该问卷尚未发送。");
            browser.selectContaining("estateId", estateName);
            browser.press("[id$='send']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已生成 2 份邀请，发送 1 封邮件。");
            assertEquals(estateName, browser.find("td.survey-estate").getText());
            browser.screenshot("survey-sent");
        }
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/surveys/surveys.xhtml?questionnaireId=" + qid);
            browser.waitForText("辛业主");
            org.openqa.selenium.WebElement tr = browser.driver.findElements(By.cssSelector("td.invitation-owner"))
                    .stream().filter(td -> td.getText().equals("辛业主")).findFirst().orElseThrow()
                    .findElement(By.xpath("./ancestor::tr"));
            tr.findElement(By.cssSelector("[id$=':answer']")).click();
            browser.ajaxDone();
            browser.find("[id$='answerDialog'] .survey-question");
            browser.press("[id$='saveAnswers']");
            browser.waitForText("必须作答");
            browser.click("[id$='answerDialog'] label[for$=':score:3']");
            browser.click("[id$='answerDialog'] label[for$=':option:1']");
            browser.press("[id$='saveAnswers']");
            browser.waitForText("辛业主 的答案已录入。");
            browser.waitForText("安保: 1");
            browser.screenshot("survey-answered-by-staff");
            browser.click("[id$='export']"); // the download itself is not inspected here: the page stays
            browser.ajaxDone();
            assertTrue(browser.text().contains("代录答案") && !browser.text().contains("出错了"), browser.text());
        }
        String token = GivenSurveys.token(mail);
        try (Browser browser = new Browser()) {
            browser.open("/surveys/answer.xhtml?token=" + token);
            browser.waitForText(title);
            assertTrue(browser.driver.findElements(By.id("login:username")).isEmpty(), "no login page");
            browser.click("label[for$=':score:4']");
            browser.type("textarea[id$=':answer']", "电梯需要保养");
            browser.press("[id$='submit']");
            browser.waitForText("感谢您的反馈");
            browser.screenshot("survey-answered-by-owner");
            browser.open("/surveys/answer.xhtml?token=" + token);
            browser.waitForText("感谢您的反馈");
            assertTrue(browser.driver.findElements(By.cssSelector("[id$='submit']")).isEmpty(), "answered once");
        }
        JsonObject scores = Api.get("manager", "/api/v1/surveys?questionnaireId=" + qid).json().getJsonArray("items")
                .getJsonObject(0);
        JsonObject s = Api.get("manager", "/api/v1/surveys/" + scores.getJsonNumber("id") + "/scores").json();
        assertEquals(2, s.getInt("answered"));
        assertEquals(0, new java.math.BigDecimal("87.5").compareTo(s.getJsonNumber("satisfaction").bigDecimalValue()),
                "scores 4 and 5: (4.5 - 1) x 25");
    }

    @Test
    void aStaffMemberWritesHisDayAndTheManagerReviewsTheWeek() {
        String staff = GivenStaff.freshStaff("wp");
        try (Browser browser = new Browser()) {
            browser.driver.get(Api.BASE + "/worklog/worklog.xhtml");
            browser.find("#login\\:username").sendKeys(staff);
            browser.driver.findElement(By.id("login:password")).sendKeys(GivenStaff.PASSWORD);
            browser.driver.findElement(By.id("login:submit")).click();
            browser.find(".layout-content");
            browser.waitForText(GivenStaff.week(TODAY));
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
            browser.waitForText("的 " + GivenStaff.week(TODAY) + " 周日志。");
            browser.waitForText("manager：辛苦了");
            browser.screenshot("worklog-reviewed");
        }
        assertEquals(409, GivenStaff.writeWorkLog(staff, TODAY, "{\"workDone\":\"审阅后\"}").status());
    }
}
