package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The billing pages in a headless browser (C4): finance runs a dry run, checks it against last month and bills the
 * period from it; takes a payment at the cashier's desk and reverses it; an assistant records meter readings and
 * gets the refusal of a lower one at the field.
 */
class BillingPagesIT {
    private static String code(long estate) {
        for (JsonValue v : Api.get("admin", "/api/v1/estates").array()) {
            if (v.asJsonObject().getJsonNumber("id").longValue() == estate) {
                return v.asJsonObject().getString("code");
            }
        }
        throw new IllegalStateException("no estate " + estate);
    }

    @Test
    void financeBillsAPeriodFromADryRunAndTakesAPayment() {
        long estate = GivenEstates.freshEstate("BP", 2);
        GivenBilling.rates(estate);
        String code = code(estate);
        List<Long> units = GivenEstates.units(estate);
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("finance", "/billing/runs.xhtml");
            browser.check("estateIds", code);
            browser.press("[id$='start']");
            browser.waitForText("已开始：8 个房间");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class).until(d -> browser.find("td.run-state").getText().equals("已完成"));
            browser.press("[id$='runs:0:open']");
            browser.waitForText("与上月对比");
            assertTrue(browser.driver.findElements(By.cssSelector("td.cmp-amount")).stream()
                    .anyMatch(td -> td.getText().equals("1,654.40")), "8 × 206.80 property fees");
            browser.screenshot("billing-dry-run");
            browser.press("[id$='confirmDryRun']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已开始：8 个房间");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class).until(d -> browser.find("td.run-state").getText().equals("已完成"));
            assertEquals("1,774.40", browser.find("td.run-amount").getText(), "8 × 221.80");
            browser.screenshot("billing-run");
            browser.press("[id$='startLateFees']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("滞纳金计算");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class).until(d -> browser.find("td.latefee-state").getText().equals("已完成"));

            browser.open("/billing/cashier.xhtml?unitId=" + units.get(0));
            browser.waitForText("欠费合计");
            assertEquals("221.80", browser.find("[id$='outstanding']").getText());
            browser.type("input[id$='amount_input']", "100");
            browser.select("method", "银行卡");
            browser.press("[id$='pay']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已收款，收据号");
            assertEquals("121.80", browser.find("[id$='outstanding']").getText());
            assertEquals("部分缴纳", browser.find("td.bill-state").getText());
            browser.screenshot("cashier-paid");
            // the receipt of the payment just taken, and in the payment list, as the browser's user gets it
            for (String link : List.of("[id$='printLastReceipt']", "[id$='payments:0:printReceipt']")) {
                Api.Download receipt = browser.fetch(browser.href(link));
                assertEquals(200, receipt.status(), link);
                assertEquals("application/pdf", receipt.contentType(), link);
                assertTrue(PdfText.of(receipt.body()).contains("壹佰元整"), link);
            }
            browser.press("[id$='payments:0:reverse']");
            browser.type("input[id$='reason']", "金额输错");
            browser.press("[id$='confirmReversal']");
            browser.waitForText("已冲红，冲红收据号");
            assertEquals("221.80", browser.find("[id$='outstanding']").getText());
            assertEquals("-100.00", browser.find("td.payment-amount").getText());
            browser.screenshot("cashier-reversed");

            // a deposit to the prepaid balance pays the arrears when finance deducts it (R4.8)
            browser.type("input[id$='amount_input']", "300");
            browser.click("[id$='deposit'] .ui-chkbox-box");
            browser.press("[id$='pay']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已存入预存款");
            assertEquals("300.00", browser.find("[id$='prepaidBalance']").getText());
            assertEquals("221.80", browser.find("[id$='outstanding']").getText());
            browser.press("[id$='deduct']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已用预存款抵扣");
            assertEquals("0.00", browser.find("[id$='outstanding']").getText());
            assertEquals("78.20", browser.find("[id$='prepaidBalance']").getText());
            browser.screenshot("cashier-prepaid");

            browser.open("/billing/statements.xhtml");
            browser.waitForText("欠费账龄");
            browser.click("a[href*='ageingTab']");
            browser.waitForText("180 天以上");
            assertTrue(browser.find("[id$='pdfAgeing']").isDisplayed(), "the statement as PDF (R4.7)");
            browser.screenshot("statements-ageing");
        }
    }

    @Test
    void financeCancelsARunAfterConfirmingAndItsBillsAreGone() {
        long estate = GivenEstates.freshEstate("BC", 2);
        GivenBilling.rates(estate);
        List<Long> units = GivenEstates.units(estate);
        long run = GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, GivenBilling.PERIOD));
        assertEquals(8, GivenBilling.finished(run).getInt("billsCreated"));
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("finance", "/billing/runs.xhtml");
            assertEquals(String.valueOf(run), browser.find("[id$='runs:0:open']").getText());
            browser.press("[id$='runs:0:cancelRun']");
            browser.waitForText("撤销本次计费将删除它生成的全部账单");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("计费 " + run + " 已撤销：删除账单 8 张。");
            assertTrue(browser.find("td.run-state").getText().contains("已撤销"), browser.find("td.run-state").getText());
            assertTrue(browser.driver.findElements(By.cssSelector("[id$='runs:0:cancelRun']")).isEmpty());
            browser.screenshot("billing-run-cancelled");
        }
        for (long unit : units) {
            assertEquals(0, GivenBilling.bills(unit, GivenBilling.PERIOD).size());
        }
    }

    @Test
    void financeChargesOnceTakesADepositAndSettlesItAgainstAFine() {
        long estate = GivenEstates.freshEstate("BQ", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate,
                GivenBilling.PERIOD.minusMonths(1)))).getString("state"));
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("finance", "/billing/cashier.xhtml?unitId=" + unit);
            browser.waitForText("欠费合计");
            assertEquals("221.80", browser.find("[id$='outstanding']").getText());

            // a one-off charge, paid first although the monthly bill is older
            charge(browser, "损坏赔偿", "150", "损坏单元门禁");
            assertEquals("371.80", browser.find("[id$='outstanding']").getText());
            assertEquals("损坏单元门禁", browser.find("td.bill-kind").getText(), "the newest bill first");
            browser.press("[id$='bills:0:payThisBill']");
            browser.waitForText("本次收款先冲抵");
            browser.press("[id$='pay']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已收款，收据号");
            assertEquals("221.80", browser.find("[id$='outstanding']").getText());
            assertEquals("已缴清", browser.find("td.bill-state").getText());

            // a deposit asked, taken, then settled against a fine: the rest is paid back
            browser.press("[id$='newDeposit']");
            browser.type("input[id$='depositAmount_input']", "500");
            browser.type("input[id$='depositDescription']", "借用工具押金");
            browser.press("[id$='confirmDeposit']");
            browser.waitForText("已登记应收押金");
            browser.press("[id$='deposits:0:takeDeposit']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已收押金");
            assertEquals("已收", browser.find("td.deposit-state").getText());
            assertEquals("221.80", browser.find("[id$='outstanding']").getText(), "a deposit is no bill");
            charge(browser, "违章罚款", "120", "违规占用公共走道");
            browser.press("[id$='deposits:0:settleDeposit']");
            browser.waitForText("从押金中扣缴的账单");
            assertTrue(browser.find("[id$='deductBills']").getText().contains("违规占用公共走道"));
            browser.screenshot("cashier-deposit-settlement");
            browser.press("[id$='confirmSettle']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("押金已结算");
            assertEquals("已结算", browser.find("td.deposit-state").getText());
            assertEquals("380.00", browser.find("td.deposit-refunded").getText());
            assertEquals("-380.00", browser.find("td.payment-amount").getText(), "the pay-back, newest first");
            assertEquals("221.80", browser.find("[id$='outstanding']").getText(), "the fine was paid from the deposit");
            browser.screenshot("cashier-deposit-settled");
        }
    }

    private static void charge(Browser browser, String item, String amount, String description) {
        browser.press("[id$='newCharge']");
        browser.selectContaining("chargeItem", item);
        browser.type("input[id$='chargeAmount_input']", amount);
        browser.type("input[id$='chargeDescription']", description);
        browser.press("[id$='confirmCharge']");
        browser.waitForText("已开具一次性收费");
    }

    @Test
    void anAssistantRecordsReadingsAndALowerOneIsRefusedAtTheField() {
        long estate = GivenEstates.freshEstate("RD", 1);
        String code = code(estate);
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("assistant", "/billing/readings.xhtml");
            browser.selectContaining("estateId", code);
            browser.type("input[id$='unitCode']", "A-1-0101");
            browser.typeDate("input[id$='period_input']", GivenBilling.PERIOD.minusMonths(1).toString());
            browser.type("input[id$='reading_input']", "310.5");
            browser.press("[id$='record']");
            browser.waitForText("读数 310.50 已登记");
            browser.typeDate("input[id$='period_input']", GivenBilling.PERIOD.toString());
            browser.type("input[id$='reading_input']", "300");
            browser.press("[id$='record']");
            browser.waitForText("读数低于上次读数 310.50");
            assertTrue(browser.find("[id$='reading'] + .ui-message-error, .ui-message-error").isDisplayed());
            browser.type("input[id$='reading_input']", "318.25");
            browser.press("[id$='record']");
            browser.waitForText("用量 7.75");
            assertEquals(2, browser.driver.findElements(By.cssSelector("td.reading-period")).size());
            browser.screenshot("readings-assistant");
        }
    }
    @Test
    void financeIssuesTheDunningListAndAManagerApprovesStopService() {
        long estate = GivenEstates.freshEstate("DP", 1);
        GivenBilling.rates(estate);
        String code = code(estate);
        long unit = GivenEstates.units(estate).get(0);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate,
                GivenBilling.PERIOD.minusMonths(3)))).getString("state"));
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("finance", "/billing/dunning.xhtml");
            browser.selectContaining("estateId", code);
            browser.waitForText("A-1-0104");
            assertEquals(4, browser.driver.findElements(By.cssSelector("td.arrears-unit")).size());
            browser.press("[id$='issueAll']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已建立 4 个催缴案件");
            browser.press("[id$='arrears:0:issueOne'], td.arrears-case a");
            browser.waitForText("登记步骤");
            browser.type("textarea[id$='outcome']", "已送温馨提示");
            browser.press("[id$='recordStep']");
            browser.waitForText("已登记。");
            assertEquals("温馨提示", browser.find("td.step-kind").getText());
            // R4.6's order: the written stop-service notice is refused before the notice, call and visit
            browser.select("kind", "张贴书面停止服务通知");
            browser.press("[id$='recordStep']");
            browser.waitForText("催缴须按程序进行");
            assertEquals(1, browser.driver.findElements(org.openqa.selenium.By.cssSelector("td.step-kind")).size(),
                    "nothing recorded");
            browser.screenshot("dunning-case-finance");
        }
        long id = Api.get("finance", "/api/v1/dunning/cases?estateId=" + estate + "&size=10").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("unitId").longValue() == unit).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        GivenBilling.dunningContacts(id, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3));
        assertEquals(201, Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"STOP_NOTICE","doneOn":"%s"}""".formatted(java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Shanghai")).minusDays(3))).status());
        assertEquals(200, Api.post("finance", "/api/v1/dunning/cases/" + id + "/stop-request", "{}").status());
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/approvals/inbox.xhtml");
            browser.waitForText("停止服务申请（催缴）");
            browser.screenshot("approval-inbox-stop-service");
            browser.open("/index.xhtml");
            browser.waitForText("待我审批");
            browser.waitForText("催缴中的案件");
            browser.open("/billing/dunning.xhtml?state=STOP_REQUESTED");
            browser.waitForText("催缴案件");
            assertEquals("待经理审批停止服务", browser.find("[id$='state_label']").getText(), "opened filtered");
            browser.selectContaining("estateId", code);
                        assertEquals(1, browser.driver.findElements(By.cssSelector("td.case-state")).size());
            browser.press("[id$='cases:0:openCase']");
            browser.waitForText("批准停止服务");
            browser.type("textarea[id$='outcome']", "同意停止服务");
            browser.press("[id$='approveStop']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("审批已记录。");
            assertEquals("已停止服务", browser.find("[id$='caseState']").getText());
            browser.screenshot("dunning-stop-approved");
            Api.Download notice = browser.fetch(browser.href("a[id$='printStopNotice']"));
            assertEquals(200, notice.status(), notice.text());
            assertEquals("application/pdf", notice.contentType());
        }
        assertEquals("SERVICE_STOPPED", Api.get("finance", "/api/v1/dunning/cases/" + id).json().getString("state"));
    }
}
