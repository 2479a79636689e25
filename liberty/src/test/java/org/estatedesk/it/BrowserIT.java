package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The front desk logs in with the form, filters the units list and leaves a screenshot under target/. */
@org.junit.jupiter.api.Tag(Api.DATABASE_AGNOSTIC)
class BrowserIT {
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void frontDeskLogsInAndFiltersTheUnitsList() {
        browser.loginAndOpen("frontdesk", "/estates/units.xhtml?estate=" + GivenEstates.estateId("XM-HWHY"));
        browser.find(".unit-code");
        List<WebElement> before = browser.driver.findElements(By.cssSelector(".unit-code"));
        assertFalse(before.isEmpty(), "the units list shows units");

        browser.type("input[id$='code']", "2-1-1");
        browser.click("[id$='search']");
        browser.wait.until(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector("td.unit-code"));
            return !cells.isEmpty() && cells.stream().allMatch(c -> c.getText().startsWith("2-1-1"));
        });
        List<WebElement> after = browser.driver.findElements(By.cssSelector("td.unit-code"));
        assertTrue(after.stream().allMatch(c -> c.getText().startsWith("2-1-1")), "only units with the prefix");
        browser.screenshot("units-frontdesk");
    }
}
