package org.estatedesk.it;

import static org.estatedesk.it.Api.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The global search (issue 20) through the API and the search box of every page: each kind of record found by what
 * the front desk types (name, phone, the last digits of the identity number, unit code, task, receipt and form
 * numbers), within the caller's data scope only, and a text too short refused naming {@code q}.
 */
class SearchIT {
    private static GivenOwnerStory.Story story;
    private static Browser browser;

    @BeforeAll
    static void aStory() {
        story = GivenOwnerStory.story("SR");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonArray search(String user, String q, int limit) {
        return Api.get(user, "/api/v1/search?limit=" + limit + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .array();
    }

    private static JsonObject hit(JsonArray hits, String type, long id) {
        return hits.stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("type").equals(type) && h.getJsonNumber("id").longValue() == id).findFirst()
                .orElse(null);
    }

    private static void found(String q, String type, long id, String url) {
        JsonArray hits = search("frontdesk", q, 50);
        JsonObject h = hit(hits, type, id);
        assertTrue(h != null, type + " " + id + " not found by '" + q + "': " + hits);
        assertEquals(url, h.getString("url"), h.toString());
        assertFalse(h.getString("label").isBlank(), h.toString());
    }

    @Test
    void eachKindOfRecordIsFoundAndLinksToItsPage() {
        String owner = "/frontline/owner.xhtml?id=" + story.ownerId();
        found(story.name(), "OWNER", story.ownerId(), owner);
        found(story.phone(), "OWNER", story.ownerId(), owner);
        found(story.idNumber().substring(14), "OWNER", story.ownerId(), owner);
        found(story.unitCode().toLowerCase(), "UNIT", story.unitId(),
                "/estates/units.xhtml?estate=" + story.estateId());
        found(story.taskNumber(), "TASK", story.taskId(), "/servicedesk/task.xhtml?id=" + story.taskId());
        found(story.receiptNumber(), "RECEIPT", story.receiptId(),
                "/billing/cashier.xhtml?unitId=" + story.unitId());
        found(story.sealingNumber(), "FORM", story.sealingId(), "/hotwater/sealings.xhtml");
    }

    @Test
    void anOwnerIsLabelledWithHisNumberMaskedAndTheMiddleOfTheNumberFindsNobody() {
        JsonObject h = hit(search("manager", story.name(), 10), "OWNER", story.ownerId());
        String masked = story.idNumber().substring(0, 6) + "********" + story.idNumber().substring(14);
        assertTrue(h.getString("label").contains(masked), h.toString());
        assertFalse(h.getString("label").contains(story.idNumber()), "never whole in a list, not even for a manager");
        assertTrue(hit(search("frontdesk", story.idNumber().substring(4, 12), 50), "OWNER", story.ownerId()) == null,
                "only the last digits find an owner");
    }

    @Test
    void anotherCompanysOwnerIsNeverFound() {
        String name = "重庆全景" + GivenEstates.unique();
        String phone = GivenOwnerStory.phone();
        long other = GivenOwnerStory.owner("frontdesk2", name, phone, GivenOwnerStory.idCardNumber());
        assertTrue(hit(search("frontdesk2", name, 10), "OWNER", other) != null, "found in its own company");
        for (String q : List.of(name, phone)) {
            assertTrue(hit(search("frontdesk", q, 50), "OWNER", other) == null, "found by another company: " + q);
        }
        assertTrue(hit(search("frontdesk2", story.name(), 50), "OWNER", story.ownerId()) == null);
        assertTrue(hit(search("frontdesk2", story.receiptNumber(), 50), "RECEIPT", story.receiptId()) == null);
        assertTrue(hit(search("admin", name, 10), "OWNER", other) != null, "the group administrator sees all");
    }

    @Test
    void aShortTextOrABadLimitIsRefusedNamingItsParameter() {
        problemAt(Api.get("frontdesk", "/api/v1/search?q=a"), 400, "q");
        problemAt(Api.get("frontdesk", "/api/v1/search?q=%20%20"), 400, "q");
        problemAt(Api.get("frontdesk", "/api/v1/search"), 400, "q");
        problemAt(Api.get("frontdesk", "/api/v1/search?q=ab&limit=51"), 400, "limit");
        problemAt(Api.get("frontdesk", "/api/v1/search?q=ab&limit=0"), 400, "limit");
        assertEquals(1, search("frontdesk", story.name().substring(0, 4), 1).size(), "bounded by the limit");
        assertTrue(Api.get("frontdesk", "/api/v1/search?q=" + URLEncoder.encode(story.name(), StandardCharsets.UTF_8))
                .array().size() <= 10, "10 when no limit is asked");
    }

    @Test
    void theSearchBoxOfEveryPageListsTheHitsAsLinksOnDeskAndPhone() {
        browser = new Browser();
        browser.driver.manage().window().setSize(new Dimension(1440, 1000));
        browser.loginAndOpen("frontdesk", "/index.xhtml");
        WebElement box = browser.find("#globalSearchQ");
        box.sendKeys(story.phone(), Keys.ENTER);
        WebElement link = browser.wait.until(d -> d.findElements(By.cssSelector(".search-hit a.search-link")).stream()
                .filter(a -> a.getText().contains(story.name())).findFirst().orElse(null));
        assertTrue(link.getAttribute("href").endsWith("/frontline/owner.xhtml?id=" + story.ownerId()));
        browser.screenshot("search-1440");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.open("/frontline/search.xhtml?q=" + story.unitCode());
        WebElement unit = browser.wait.until(d -> d.findElements(By.cssSelector(".search-hit a.search-link")).stream()
                .filter(a -> a.getText().contains(story.unitCode())).findFirst().orElse(null));
        assertTrue(unit.isDisplayed());
        assertTrue(browser.find("#globalSearchQ").isDisplayed(), "the box stays on the phone");
        Long overflow = (Long) browser.driver.executeScript(
                "return document.querySelector('.search-hits').getBoundingClientRect().right > window.innerWidth ? 1 : 0;");
        browser.screenshot("search-390");
        assertEquals(0L, overflow, "the hits fit the phone's width");
        browser.open("/frontline/search.xhtml?q=a");
        assertTrue(browser.find("#tooShort").getText().contains("2"));
        browser.driver.manage().window().setSize(new Dimension(1440, 1000));
        browser.open("/frontline/search.xhtml?q=" + story.phone());
        browser.wait.until(d -> d.findElements(By.cssSelector(".search-hit a.search-link")).stream()
                .filter(a -> a.getText().contains(story.name())).findFirst().orElse(null)).click();
        assertEquals(story.name(), browser.find("#ownerName").getText());
    }
}
