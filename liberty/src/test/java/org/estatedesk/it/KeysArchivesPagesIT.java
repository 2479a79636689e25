package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The key register and the archives in a headless browser (R5.1, R5.2): the front desk lends an owner's key on the
 * register page (refused at the field without the owner's signature), the key shows as lent, and is returned after
 * the confirmation; the workbench counts overdue loans; the manager finds a contractor's key request in his inbox;
 * the archive keeper opens the demo's owner file with its copies and the required-documents list; the front desk
 * sees no archives.
 */
class KeysArchivesPagesIT {
    @Test
    void theFrontDeskLendsAndTakesBackAKeyOnThePage() {
        long estate = GivenEstates.freshEstate("KP", 1);
        String tag = "FD-" + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        Api.Reply created = Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"OWNER_SECURITY_DOOR","tag":"%s","unitCode":"A-1-0101","location":"钥匙柜 A"}"""
                .formatted(estate, tag));
        assertEquals(201, created.status(), created.body());
        long keyId = created.json().getJsonNumber("id").longValue();
        GivenOwners.resident(estate, "A-1-0101", "王先生", "OWNER");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/");
            String overdue = browser.find("[id='count-workbench-keysOverdue']").getText();
            assertTrue(overdue.contains("超期未还的钥匙"), overdue);

            browser.open("/keys/register.xhtml?estateId=" + estate);
            browser.waitForText(tag);
            assertEquals("在库", browser.find("td.key-state").getText());
            browser.press("[id$='lend']");
            browser.type("input[id$='borrower']", "王先生");
            browser.type("textarea[id$='purpose']", "业主进户取物");
            browser.press("[id$='confirmLend']");
            browser.waitForText("交付钥匙须借用人签字确认");
            browser.click("[id$='signatureConfirmed'] .ui-chkbox-box");
            browser.press("[id$='confirmLend']");
            browser.waitForText("钥匙 " + tag + " 已借给 王先生");
            browser.wait.until(d -> browser.find("td.key-state").getText().equals("借出"));
            assertTrue(browser.find("td.key-loan").getText().contains("王先生"));
            browser.screenshot("keys-lent");

            JsonObject lent = Api.get("frontdesk", "/api/v1/keys/" + keyId).json();
            assertEquals("ON_LOAN", lent.getJsonObject("key").getString("state"));
            JsonObject loan = lent.getJsonArray("loans").getJsonObject(0);
            assertEquals("OUT", loan.getString("state"));
            assertEquals("frontdesk", loan.getString("handedOutBy"));
            assertTrue(loan.getBoolean("signatureConfirmed"));

            browser.press("[id$='return']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("钥匙 " + tag + " 已归还");
            browser.wait.until(d -> browser.find("td.key-state").getText().equals("在库"));
            assertTrue(browser.driver.findElements(By.cssSelector("[id$='return']")).isEmpty(), "nothing to return");
            browser.screenshot("keys-returned");
        }
        JsonObject back = Api.get("frontdesk", "/api/v1/keys/" + keyId).json();
        assertEquals("IN_STORE", back.getJsonObject("key").getString("state"));
        assertEquals("RETURNED", back.getJsonArray("loans").getJsonObject(0).getString("state"));
        assertEquals("frontdesk", back.getJsonArray("loans").getJsonObject(0).getString("returnedTo"));

        // R5.1: a borrower ticked as the owner who is not one of the unit's owners or occupants waits for the manager
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/keys/register.xhtml?estateId=" + estate);
            browser.waitForText(tag);
            browser.press("[id$='lend']");
            browser.type("input[id$='borrower']", "冒名者");
            browser.type("textarea[id$='purpose']", "进户取物");
            browser.press("[id$='confirmLend']");
            browser.waitForText("不是房间 A-1-0101 登记的业主或住户");
            browser.screenshot("keys-owner-not-resident");
        }
        JsonObject waiting = Api.get("frontdesk", "/api/v1/keys/" + keyId).json();
        assertEquals("RESERVED", waiting.getJsonObject("key").getString("state"));
        assertEquals("REQUESTED", waiting.getJsonArray("loans").getJsonObject(0).getString("state"));
    }

    @Test
    void theManagerFindsTheDemoContractorsKeyRequestInHisInbox() {
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/approvals/inbox.xhtml");
            browser.waitForText("钥匙借用（非业主）");
            browser.waitForText("鹭建防水 郭工");
            org.openqa.selenium.WebElement row = browser.driver.findElements(By.cssSelector("td.inbox-subject")).stream()
                    .filter(td -> td.getText().contains("1-1-") && td.getText().contains("郭工")).findFirst()
                    .orElseThrow().findElement(By.xpath("./ancestor::tr"));
            row.findElement(By.cssSelector("[id$=':open']")).click();
            browser.ajaxDone();
            browser.waitForText("卫生间防水返修");
            assertTrue(browser.text().contains("施工单位"), "the borrower's kind is named");
            browser.screenshot("approval-inbox-key-loan");
        }
    }

    @Test
    void theArchiveKeeperOpensAFileWithItsCopies() {
        JsonObject file = Api.get("archivist", "/api/v1/archive-files?kind=OWNER&size=100").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).filter(f -> f.getString("fileNo").startsWith("YZ-1-1-"))
                .findFirst().orElseThrow();
        long id = file.getJsonNumber("id").longValue();
        JsonObject detail = Api.get("archivist", "/api/v1/archive-files/" + id).json();
        long item = detail.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String name = "scan-" + System.nanoTime() + ".pdf";
        assertEquals(201, Api.upload("archivist", "/api/v1/archive-files/" + id + "/items/" + item
                + "/attachments?fileName=" + name, "application/pdf",
                "%PDF-1.4 扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .status());
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("archivist", "/archives/files.xhtml");
            browser.waitForText(file.getString("fileNo"));
            browser.open("/archives/file.xhtml?id=" + id);
            browser.waitForText("商品房买卖合同");
            browser.waitForText(name);
            assertTrue(browser.find("td.attachment-name a").getText().length() > 0, "the keeper may open the copies");
            browser.screenshot("archive-file");
            browser.open("/archives/requirements.xhtml");
            browser.waitForText("必备档案清单");
            assertTrue(browser.text().contains("购房合同复印件"));
            browser.screenshot("archive-requirements");
        }
        // the front desk may not open the archives at all
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/");
            assertTrue(browser.driver.findElements(By.cssSelector("[id$='m-archives']")).isEmpty(), "no archives menu");
            assertTrue(!browser.driver.findElements(By.cssSelector("[id$='m-keys']")).isEmpty(), "the keys menu");
            browser.open("/archives/files.xhtml");
            assertTrue(!browser.text().contains(file.getString("fileNo")), "nothing of the archives shown");
        }
    }
}
