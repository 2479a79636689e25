package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 20, the back office: the estate a user last chose is preselected on every page with an estate selector,
 * also after a new login; the approval inbox filtered by estate and form type, its ticked forms approved with one
 * comment (one decided meanwhile is named in the message), at desk width and on a phone.
 */
class BackOfficeIT {

    private static String estateLabel(long estate) {
        return Api.get("manager", "/api/v1/estates").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == estate)
                .map(e -> e.getString("code") + " " + e.getString("name")).findFirst().orElseThrow();
    }

    private static List<WebElement> rows(Browser b) {
        return b.driver.findElements(By.cssSelector("tr.inbox-row"));
    }

    private static void assertFitsTheScreen(Browser b, String what) {
        long page = ((Number) b.driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
        long screen = ((Number) b.driver.executeScript("return window.innerWidth;")).longValue();
        assertTrue(page <= screen, what + " is " + page + " px wide on a " + screen + " px screen");
    }

    @Test
    void theInboxFiltersAndApprovesTheTickedFormsWithOneComment() {
        long estate = GivenEstates.freshEstate("BOI", 1);
        List<Long> units = GivenEstates.units(estate);
        long a = ApprovalBulkIT.application(units.get(0));
        long b = ApprovalBulkIT.application(units.get(1));
        long c = ApprovalBulkIT.application(units.get(2));
        // a user of his own (the estate he filters by is remembered): the CS assistant's role, the first approver
        String user = GivenStaff.freshStaff("boi", "CS_ASSISTANT");
        try (Browser assistant = new Browser()) {
            assistant.driver.manage().window().setSize(new Dimension(1440, 1000));
            assistant.loginAndOpen(user, GivenStaff.PASSWORD, "/approvals/inbox.xhtml");
            assistant.select("formType", "装修申请");
            assistant.select("estateId", estateLabel(estate));
            assistant.wait.until(d -> rows(assistant).size() == 3);
            for (WebElement row : rows(assistant)) {
                row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
            }
            assistant.screenshot("back-office-inbox-ticked");
            // c is decided meanwhile elsewhere: the bulk approval names it and approves the other two
            GivenDecoration.approve("assistant", c);
            assistant.type("[id$='bulkComment']", "资料齐全，同意");
            assistant.click("[id$='approveChecked']");
            assistant.ajaxDone();
            String messages = assistant.find("[id$='messages']").getText();
            assertTrue(messages.contains("已批准 2 份表单"), messages);
            assertTrue(messages.contains("1 份未批准") && messages.contains("批量" + units.get(2)), messages);
            assistant.wait.until(d -> rows(assistant).isEmpty());
            assistant.screenshot("back-office-inbox-approved");
        }
        assertTrue(GivenDecoration.waiting("assistant", a) == null && GivenDecoration.waiting("assistant", b) == null,
                "both ticked forms were approved");
        assertTrue(GivenDecoration.detail(b).toString().contains("资料齐全，同意"), "with the one comment");

        long other = GivenEstates.freshEstate("BOJ", 1);
        ApprovalBulkIT.application(GivenEstates.units(other).get(0));
        try (Browser phone = new Browser()) {
            phone.driver.manage().window().setSize(new Dimension(390, 844));
            phone.loginAndOpen(user, GivenStaff.PASSWORD, "/approvals/inbox.xhtml");
            phone.select("estateId", estateLabel(other));
            phone.wait.until(d -> rows(phone).size() == 1);
            assertFitsTheScreen(phone, "the approval inbox");
            phone.screenshot("back-office-inbox-390");
        }
    }

    private static String chosenEstate(Browser b) {
        b.find("select[id$='estateId_input']");
        return String.valueOf(b.driver.executeScript(
                "return document.querySelector(\"select[id$='estateId_input']\").value;"));
    }

    @Test
    void theEstateChosenOnOnePageIsPreselectedOnAnotherAndAfterTheNextLogin() {
        GivenEstates.freshEstate("BOA", 1);
        long second = GivenEstates.freshEstate("BOB", 1);
        String user = GivenStaff.freshStaff("bo", "FINANCE");
        String label = estateLabel(second);
        try (Browser b = new Browser()) {
            b.loginAndOpen(user, GivenStaff.PASSWORD, "/billing/cashier.xhtml");
            b.select("estateId", label);
            b.click("[id$='form:search']");
            b.ajaxDone();
            b.open("/billing/readings.xhtml");
            assertEquals(Long.toString(second), chosenEstate(b), "another page preselects the estate chosen");
            b.screenshot("back-office-estate-remembered");
        }
        try (Browser b = new Browser()) {
            b.loginAndOpen(user, GivenStaff.PASSWORD, "/billing/fees.xhtml");
            assertEquals(Long.toString(second), chosenEstate(b), "a new login preselects it too");
        }
    }

    @Test
    void aMonthIsPickedFromAMonthPickerAndTypedNonsenseIsRefusedAtTheField() {
        String user = GivenStaff.freshStaff("bom", "FINANCE");
        try (Browser b = new Browser()) {
            b.loginAndOpen(user, GivenStaff.PASSWORD, "/billing/statements.xhtml");
            b.click("[id$='period'] .ui-datepicker-trigger");
            b.wait.until(d -> d.findElements(By.cssSelector(".ui-monthpicker-month")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
            b.wait.until(d -> b.find("input[id$='period_input']").getAttribute("value").matches("\\d{4}-01"));
            b.screenshot("back-office-month-picked");
            b.type("input[id$='period_input']", "2026-13");
            b.click("[id$='showIncome']");
            b.ajaxDone();
            b.wait.until(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
                    .anyMatch(m -> m.getText().contains("2026-13 不是有效的月份")));
            b.screenshot("back-office-month-refused");
        }
    }
}
