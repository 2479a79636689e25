package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The task list's filter bar (issue 20) in a headless browser at 1440 and 390 px: keyword, dates, category,
 * department, unit, order and rows per page, remembered in the URL; and the statistics drill-down, which opens the
 * estate's tasks of the month shown — as many as the statistics cell counts.
 */
class TaskListPagesIT {
    private static long estate;
    private static Map<String, Long> units;
    private static JsonObject pipe;
    private static JsonObject noise;

    @BeforeAll
    static void tasks() {
        estate = GivenEstates.freshEstate("TL", 1);
        units = GivenEstates.unitsByCode(estate);
        pipe = GivenServiceDesk.task("frontdesk", GivenServiceDesk.reception("frontdesk", estate,
                units.get("A-1-0101")).getJsonNumber("id").longValue(), "{\"categoryCode\":\"water-pipe\"}");
        noise = GivenServiceDesk.task("frontdesk", GivenServiceDesk.reception("frontdesk", estate,
                units.get("A-1-0102")).getJsonNumber("id").longValue(), "{\"categoryCode\":\"noise\"}");
        GivenServiceDesk.task("frontdesk", GivenServiceDesk.reception("frontdesk", estate, null)
                .getJsonNumber("id").longValue(), "{\"categoryCode\":\"street-light\"}");
    }

    /** The rows of the list that hold a task number of this estate's tasks. */
    private static List<String> rows(Browser b) {
        return b.driver.findElements(By.cssSelector("[id$='tasks_data'] tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains("T0")).toList();
    }

    private static void assertFitsTheScreen(Browser b, String what) {
        long page = ((Number) b.driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
        long screen = ((Number) b.driver.executeScript("return window.innerWidth;")).longValue();
        assertTrue(page <= screen, what + " is " + page + " px wide on a " + screen + " px screen");
    }

    private static void filterByTheBar(Browser b, String size) {
        b.loginAndOpen("frontdesk", "/servicedesk/tasks.xhtml?estate=" + estate);
        b.waitForText(pipe.getString("number"));
        assertEquals(3, rows(b).size(), rows(b).toString());
        if (size.equals("390")) {
            assertFalse(b.find("[id$='form:category']").isDisplayed(), "on a phone the filters fold away");
            b.click("#moreFilters");
            b.wait.until(d -> b.find("[id$='form:category']").isDisplayed());
        } else {
            assertFalse(b.find("#moreFilters").isDisplayed(), "no fold on a wide screen");
        }
        b.type("input[id$='form:q']", "A-1-0101");
        b.select("rows", "50");
        b.click("[id$='form:search']");
        b.wait.until(d -> d.getCurrentUrl().contains("q=A-1-0101"));
        b.waitForText(pipe.getString("number"));
        b.wait.until(d -> rows(b).size() == 1);
        assertFalse(b.text().contains(noise.getString("number")));
        assertTrue(b.driver.getCurrentUrl().contains("rows=50"), b.driver.getCurrentUrl());
        b.screenshot("task-search-keyword-" + size);

        // a link with the filters in it brings the same list: department and order by name, not code
        b.open("/servicedesk/tasks.xhtml?estate=" + estate + "&department=" + noise.getString("department")
                + "&sort=-due&from=" + LocalDate.now(GivenStatistics.ZONE));
        b.waitForText(noise.getString("number"));
        assertTrue(b.find("[id$='form:category']").isDisplayed(), "filters set: unfolded on a phone too");
        assertTrue(b.find("[id$='department_label']").getText().matches("[^A-Z_]+"),
                "a name: " + b.find("[id$='department_label']").getText());
        assertEquals("截止时间（晚→早）", b.find("[id$='sort_label']").getText());
        if (!pipe.getString("department").equals(noise.getString("department"))) {
            assertFalse(b.text().contains(pipe.getString("number")), "another department's task");
        }
        assertFitsTheScreen(b, "the task list with its filters");
        b.screenshot("task-search-filters-" + size);
    }

    @Test
    void theFilterBarAt1440() {
        try (Browser b = new Browser()) {
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
            filterByTheBar(b, "1440");
        }
    }

    @Test
    void theFilterBarAt390() {
        try (Browser b = new Browser()) {
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            filterByTheBar(b, "390");
        }
    }

    @Test
    void theStatisticsDrillDownOpensTheMonthsTasksAsManyAsTheCellCounts() {
        YearMonth month = GivenStatistics.NOW;
        assertEquals("COMPLETED", GivenStatistics.finished(GivenStatistics.start(month.toString()))
                .getString("state"));
        String name = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        try (Browser b = new Browser()) {
            b.loginAndOpen("manager", "/statistics/dashboard.xhtml?period=" + month);
            By row = By.xpath("//tr[td[contains(@class,'stat-estate') and contains(., '" + name + "')]]");
            WebElement tr = new WebDriverWait(b.driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class).until(d -> d.findElement(row));
            WebElement cell = tr.findElement(By.cssSelector("td.stat-requests a"));
            long counted = Long.parseLong(cell.getText().trim());
            assertEquals(3, counted, "the estate's three tasks of this month");
            String href = cell.getAttribute("href");
            assertTrue(href.contains("from=" + month.atDay(1)) && href.contains("to=" + month.atEndOfMonth()), href);
            b.driver.get(href);
            WebElement report = b.find(".ui-paginator-current");
            b.wait.until(d -> report.getText().contains("/"));
            assertEquals(counted, Long.parseLong(report.getText().replaceAll(".*/\\s*", "").trim()),
                    "the list counts what the statistics cell counts: " + report.getText());
            b.screenshot("task-search-drill-down");
        }
        // the API's list for the same estate and month, and none in the month before
        assertEquals(3, Api.ok(Api.get("manager", "/api/v1/tasks?estateId=" + estate + "&from=" + month.atDay(1)
                + "&to=" + month.atEndOfMonth()), 200).getJsonNumber("total").longValue());
        YearMonth before = month.minusMonths(1);
        assertEquals(0, Api.ok(Api.get("manager", "/api/v1/tasks?estateId=" + estate + "&from=" + before.atDay(1)
                + "&to=" + before.atEndOfMonth()), 200).getJsonNumber("total").longValue());
    }
}
