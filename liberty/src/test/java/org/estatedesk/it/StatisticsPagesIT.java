package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics page in a headless browser (R6.1, R6.2): a manager runs the month from the page (with its
 * confirmation), follows the run to its end and sees the fresh estate's figures in the table — the complaint rate
 * over its goal marked — with the charts beside it; a front-desk user has no such page.
 */
class StatisticsPagesIT {
    @Test
    void aManagerRunsTheMonthAndSeesItsFigures() {
        long estate = GivenEstates.freshEstate("SP", 2);
        long unit = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=10").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long reception = GivenServiceDesk.reception("frontdesk", estate, unit).getJsonNumber("id").longValue();
        GivenServiceDesk.task("frontdesk", reception, """
                {"kind":"COMPLAINT","complaintType":"EFFECTIVE","categoryCode":"noise"}""");
        GivenServiceDesk.task("frontdesk", reception, """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        String name = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        String period = GivenStatistics.NOW.toString();

        try (Browser browser = new Browser()) {
            browser.loginAndOpen("manager", "/statistics/dashboard.xhtml?period=" + period);
            browser.waitForText("统计任务");
            browser.press("[id$='start']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已开始");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.find("td.run-state").getText().equals("已完成"));
            By row = By.xpath("//tr[td[contains(@class,'stat-estate') and contains(., '" + name + "')]]");
            WebElement tr = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class).until(d -> d.findElement(row));
            assertEquals("2", tr.findElement(By.cssSelector("td.stat-requests")).getText(), "two requests");
            WebElement complaints = tr.findElement(By.cssSelector("td.stat-complaints"));
            assertEquals("1 · 125.00 ‰", complaints.getText(), "1 effective complaint of 8 units");
            assertTrue(complaints.getAttribute("class").contains("kpi-breach"), "over the goal of 5 ‰");
            assertTrue(tr.findElement(By.cssSelector("td.stat-requests a")).getAttribute("href")
                    .contains("/servicedesk/tasks.xhtml?estate=" + estate), "drill-down to the task list");
            assertFalse(browser.driver.findElements(By.cssSelector("[id$='bars'] canvas")).isEmpty(), "bar chart");
            assertFalse(browser.driver.findElements(By.cssSelector("[id$='trend'] canvas")).isEmpty(), "trend chart");
            browser.driver.executeScript("arguments[0].scrollIntoView()", tr);
            browser.screenshot("statistics-dashboard");
            // opened without a month, the dashboard shows the latest month with figures: this one (issue 20)
            browser.open("/statistics/dashboard.xhtml");
            assertEquals(period, browser.find("input[id$='period_input']").getAttribute("value"));
        }
        try (Browser frontDesk = new Browser()) {
            frontDesk.loginAndOpen("frontdesk", "/index.xhtml");
            assertTrue(frontDesk.driver.findElements(By.cssSelector("[id$='m-statistics']")).isEmpty(),
                    "no statistics menu");
            frontDesk.open("/statistics/dashboard.xhtml");
            assertFalse(frontDesk.text().contains("统计任务"), "the page is refused");
        }
    }
}
