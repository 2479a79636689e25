package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The contracts page in a headless browser (R4.1): finance creates a shop's rent contract in the dialog and sees it
 * in the list; a wrong amount is refused at its field; the workbench's "contracts expiring" opens the filtered list.
 */
class ContractPagesIT {
    @Test
    void financeCreatesAContractAndSeesItInTheList() {
        long estate = GivenEstates.freshEstate("CP", 1, "SHOP");
        long item = GivenContracts.rentItem();
        String itemCode = Api.get("finance", "/api/v1/fee-items/" + item).json().getString("code");
        String code = "HT-P" + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        // one contract ending within 30 days, for the workbench's count
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonObject soon = GivenContracts.create("finance", GivenContracts.body(estate, null, "S" + code, item,
                "500.00", today.minusMonths(11), today.plusDays(5)).replace("\"estateId\"",
                "\"unitId\":" + GivenEstates.unitsByCode(estate).get("A-1-0101") + ",\"estateId\""));
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("finance", "/");
            String count = browser.find("[id='count-workbench-contractsExpiring']").getText();
            assertTrue(count.contains("30 天内到期的合同"), count);
            browser.click("[id='count-workbench-contractsExpiring']");
            browser.waitForText(soon.getString("code"));

            browser.open("/billing/contracts.xhtml?estateId=" + estate);
            browser.waitForText("租赁、车位与多种经营合同");
            browser.press("[id$='newContract']");
            browser.type("input[id$='place']", "A-1-0102");
            browser.type("input[id$='code']", code);
            browser.type("input[id$='partyName']", "陈老板");
            browser.type("input[id$='partyPhone']", "13700000000");
            browser.selectContaining("feeItemId", itemCode);
            browser.type("input[id$='monthlyAmount']", "4500.125");
            browser.press("[id$='saveContract']");
            browser.waitForText("金额最多两位小数");
            browser.type("input[id$='monthlyAmount']", "4500.50");
            browser.press("[id$='saveContract']");
            browser.waitForText("合同 " + code + " 已创建");
            browser.waitForText(code);
            assertTrue(browser.driver.findElements(By.cssSelector("td.contract-code")).stream()
                    .anyMatch(td -> td.getText().equals(code)), "the new contract is listed");
            assertTrue(browser.driver.findElements(By.cssSelector("td.contract-amount")).stream()
                    .anyMatch(td -> td.getText().equals("4,500.50")));
            browser.screenshot("contracts");
        }
        JsonObject created = Api.get("finance", "/api/v1/contracts?estateId=" + estate + "&state=ACTIVE").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals("A-1-0102", created.getString("unitCode"));
        assertEquals("RENT", created.getString("kind"));
    }
}
