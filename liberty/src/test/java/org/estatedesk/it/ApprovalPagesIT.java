package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The approval inbox (R3.9) in headless Chromium: the CS manager approves a decoration application waiting for him
 * and sees it leave his inbox (its documents listed on the way); a step decided meanwhile elsewhere answers "already
 * decided"; the front desk records an application on the decoration page and uploads a document on its own page.
 */
class ApprovalPagesIT {
    private static JsonArray units;
    private static int next;
    private Browser browser;

    @BeforeAll
    static void estate() {
        long estate = GivenEstates.freshEstate("AP", 2);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=8").json().getJsonArray("items");
    }

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** An application whose first two approvals are done: it waits for the CS manager. Returns its id. */
    private static long waitingForTheManager(String contractor) {
        long unit = units.getJsonObject(next++).getJsonNumber("id").longValue();
        LocalDate start = LocalDate.now().plusDays(3);
        Api.Reply r = Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"%s","plan":"厨房橱柜更换","alterations":["PLUMBING"],
                 "startDate":"%s","endDate":"%s"}""".formatted(unit, contractor, start, start.plusDays(30)));
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        GivenDecoration.approve("assistant", id);
        GivenDecoration.approve("engineer", id);
        return id;
    }

    private WebElement row(Browser b, String contractor) {
        return b.driver.findElements(By.cssSelector("td.inbox-subject")).stream()
                .filter(td -> td.getText().contains(contractor)).findFirst().map(td -> td.findElement(By.xpath("..")))
                .orElse(null);
    }

    private static String state(long id) {
        return Api.get("manager", "/api/v1/decoration-applications/" + id).json().getJsonObject("application")
                .getString("state");
    }

    @Test
    void theManagerApprovesAFormInHisInboxAndItLeavesIt() {
        String contractor = "收件箱装饰" + System.nanoTime() % 100000;
        long id = waitingForTheManager(contractor);
        assertEquals(201, GivenDecoration.upload("frontdesk", id, "PLAN_DRAWING", "平面图.pdf", "application/pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)).status());
        browser.loginAndOpen("manager", "/approvals/inbox.xhtml");
        browser.find("td.inbox-subject");
        WebElement row = row(browser, contractor);
        assertTrue(row != null, "the form waits in the manager's inbox");
        row.findElement(By.cssSelector("[id$=':open']")).click();
        browser.ajaxDone();
        assertTrue(browser.find("[id$='formTitle']").getText().contains(contractor));
        browser.waitForText("工程经理审核");
        assertEquals("平面图.pdf", browser.find("a.inbox-document").getText(), "the form's documents are on the page");
        browser.type("textarea[id$='comment']", "同意施工，注意噪音时段");
        browser.screenshot("approval-inbox-manager");
        browser.press("[id$='approve']");
        browser.waitForText("已批准");
        assertTrue(row(browser, contractor) == null, "the approved form left the inbox");
        assertEquals("APPROVED", state(id));
        JsonObject last = Api.get("manager", "/api/v1/decoration-applications/" + id).json().getJsonArray("approvals")
                .getJsonObject(0).getJsonArray("steps").getJsonObject(2);
        assertEquals("manager", last.getString("decidedBy"));
        assertEquals("同意施工，注意噪音时段", last.getString("comment"));
    }

    @Test
    void aStepDecidedMeanwhileSaysSoAndLeavesTheInbox() {
        String contractor = "抢先审批装饰" + System.nanoTime() % 100000;
        long id = waitingForTheManager(contractor);
        browser.loginAndOpen("manager", "/approvals/inbox.xhtml");
        browser.find("td.inbox-subject");
        row(browser, contractor).findElement(By.cssSelector("[id$=':open']")).click();
        browser.ajaxDone();
        browser.find("[id$='formTitle']");
        // another manager's session decides the same step first
        GivenDecoration.approve("manager", id);
        browser.press("[id$='reject']");
        browser.waitForText("该步骤已审批");
        browser.screenshot("approval-inbox-already-decided");
        assertTrue(row(browser, contractor) == null);
        assertEquals("APPROVED", state(id));
    }

    @Test
    void theFrontDeskRecordsAnApplicationAndUploadsADocument() throws IOException {
        String code = units.getJsonObject(units.size() - 1).getString("code");
        String estateName = Api.get("manager", "/api/v1/estates/" + units.getJsonObject(0).getJsonNumber("estateId"))
                .json().getString("name");
        browser.loginAndOpen("frontdesk", "/decoration/applications.xhtml");
        browser.press("[id$='newApplication']");
        browser.selectContaining("estateId", estateName);
        browser.type("input[id$='unitCode']", code);
        browser.type("input[id$='contractorName']", "页面登记装饰");
        browser.type("textarea[id$='plan']", "卫生间重做防水");
        browser.driver.findElements(By.cssSelector("[id$='alterations'] label")).stream()
                .filter(l -> l.getText().equals("防水层")).findFirst().orElseThrow().click();
        browser.type("input[id$='startDate_input']", LocalDate.now().plusDays(5).toString());
        browser.type("input[id$='endDate_input']", LocalDate.now().plusDays(40).toString());
        browser.press("[id$='saveApplication']");
        browser.waitForText("装修申请已登记");
        browser.waitForText("工程核验");
        browser.screenshot("decoration-applications-frontdesk");
        WebElement row = browser.driver.findElements(By.cssSelector("td.decoration-unit")).stream()
                .filter(td -> td.getText().equals(code)).findFirst().orElseThrow().findElement(By.xpath(".."));
        row.findElement(By.cssSelector("a.decoration-link")).click();
        browser.find("[id$='decorationState']");
        browser.waitForText("工程核验");
        Path scan = Files.createTempFile("owner-id", ".png");
        Files.write(scan, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        browser.driver.findElement(By.cssSelector("[id$='upload'] input[type='file']")).sendKeys(scan.toString());
        browser.waitForText("已上传");
        browser.ajaxDone();
        assertTrue(browser.find("td.attachment-name").getText().startsWith("owner-id"));
        browser.screenshot("decoration-application-frontdesk");
        Files.delete(scan);
    }

    @Test
    void engineeringAcceptsTheFinishedWorkAndFinanceSettlesTheDeposit() {
        long id = waitingForTheManager("验收装饰");
        GivenDecoration.approve("manager", id);
        Api.Reply charged = Api.post("frontdesk", "/api/v1/decoration-applications/" + id + "/fees", """
                {"pressureTestConfirmed":true,"managementFee":"300.00","deposit":"1000.00"}""");
        assertEquals(200, charged.status(), charged.body());
        long unit = charged.json().getJsonNumber("unitId").longValue();
        long deposit = Api.get("finance", "/api/v1/deposits?unitId=" + unit).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, Api.post("finance", "/api/v1/deposits/" + deposit + "/payments", "{\"method\":\"CASH\"}")
                .status());

        // R3.1: the page refuses the permit while the fee is unpaid, and issues it once paid
        try (Browser desk = new Browser()) {
            desk.loginAndOpen("frontdesk", "/decoration/application.xhtml?id=" + id);
            desk.waitForText("待交费");
            desk.press("[id$='issuePermit']");
            desk.waitForText("装修管理费尚有 300.00 未缴");
            assertEquals("待交费", desk.find("[id$='decorationState']").getText());
            GivenDecoration.payFee(unit, charged.json().getString("permitNumber"));
            desk.open("/decoration/application.xhtml?id=" + id);
            desk.press("[id$='issuePermit']");
            desk.waitForText("已发放装修许可证");
            desk.screenshot("decoration-permit-issued");
        }

        browser.loginAndOpen("engineer", "/decoration/application.xhtml?id=" + id);
        browser.waitForText("已发证");
        Api.Download pdf = browser.fetch(browser.href("[id$='printPermit']"));
        assertEquals(200, pdf.status());
        assertTrue(PdfText.of(pdf.body()).contains("验收装饰"), "the permit names the decoration company");
        browser.press("[id$='acceptance']");
        browser.type("textarea[id$='remarks']", "竣工验收合格，公共部位无损坏");
        browser.press("[id$='saveAcceptance']");
        browser.waitForText("已登记验收结果");
        assertEquals("已验收", browser.find("[id$='decorationState']").getText());
        browser.screenshot("decoration-accepted");

        try (Browser finance = new Browser()) {
            finance.loginAndOpen("finance", "/decoration/application.xhtml?id=" + id);
            finance.waitForText("已验收");
            finance.press("[id$='settleDeposit']");
            finance.press(".ui-confirmdialog-yes");
            finance.waitForText("押金已结算。");
            assertEquals("押金已结算", finance.find("[id$='decorationState']").getText());
            finance.screenshot("decoration-deposit-settled");
        }
        JsonObject settled = Api.get("finance", "/api/v1/deposits/" + deposit).json();
        assertEquals("REFUNDED", settled.getString("state"));
        assertEquals("0.00", settled.getJsonNumber("deducted").bigDecimalValue().toPlainString(),
                "the fee was paid before the permit (R3.1): nothing to keep");
        assertEquals("1000.00", settled.getJsonNumber("refunded").bigDecimalValue().toPlainString());
    }
}
