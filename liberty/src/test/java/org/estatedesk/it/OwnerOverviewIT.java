package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The owner's whole story (issue 20): identity numbers masked (first 6, asterisks, last 4) to the front desk and
 * whole to the CS manager, every unmasking in the operation log, an edit that sends the mask back keeping the
 * number; the overview's units, tasks, bills and balance, receipts, keys and forms; 404 outside the data scope; the
 * page on desk and phone.
 */
class OwnerOverviewIT {
    private static GivenOwnerStory.Story story;
    private static Browser browser;

    @BeforeAll
    static void aStory() {
        story = GivenOwnerStory.story("OV");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String masked(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    private static long unmaskings(String user, long ownerId) {
        return Api.get("admin", "/api/v1/operation-log?operation=OWNER_ID_UNMASK&username=" + user + "&size=100")
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> String.valueOf(ownerId).equals(e.getString("targetId", ""))).count();
    }

    private static boolean unmaskLogged(String user, long ownerId) {
        return unmaskings(user, ownerId) > 0;
    }

    private static JsonObject overview(String user, String language) {
        Api.Reply r = Api.send(user, "demo", HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/owners/"
                + story.ownerId() + "/overview")).header("Accept-Language", language).GET());
        return ok(r, 200);
    }

    private static JsonObject one(JsonArray items, Predicate<JsonObject> which) {
        return items.stream().map(JsonValue::asJsonObject).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("not in " + items));
    }

    @Test
    void theFrontDeskSeesTheNumberMaskedTheManagerWholeAndTheUnmaskingIsLogged() {
        long id = story.ownerId();
        assertEquals(masked(story.idNumber()), ok(Api.get("frontdesk", "/api/v1/owners/" + id), 200)
                .getString("idNumber"));
        assertFalse(unmaskLogged("frontdesk", id));
        problem(Api.get("frontdesk", "/api/v1/owners/" + id + "/id-number"), 403);
        assertFalse(unmaskLogged("manager", id), "nothing shown yet");
        assertEquals(story.idNumber(), ok(Api.get("manager", "/api/v1/owners/" + id + "/id-number"), 200)
                .getString("idNumber"));
        assertTrue(unmaskLogged("manager", id), "the unmasking is in the operation log");
        assertEquals(story.idNumber(), ok(Api.get("manager", "/api/v1/owners/" + id), 200).getString("idNumber"));
        assertTrue(ok(Api.get("frontdesk", "/api/v1/owners?q=" + story.phone()), 200).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).allMatch(o -> o.getString("idNumber").contains("*")), "lists mask");
    }

    @Test
    void theOwnerListFindsAnIdNumberByItsLastFourOrWholeButNothingTheMaskHides() {
        String number = story.idNumber();
        assertTrue(ids("/api/v1/owners?q=" + number.substring(number.length() - 4)).contains(story.ownerId()),
                "the last four a caller reads out find him");
        assertFalse(ids("/api/v1/owners?q=" + number.substring(number.length() - 6)).contains(story.ownerId()),
                "more of the end than the mask shows confirms nothing");
        assertTrue(ids("/api/v1/owners?q=" + number).contains(story.ownerId()), "the whole number finds him");
        assertFalse(ids("/api/v1/owners?q=" + number.substring(6, 14)).contains(story.ownerId()),
                "the date of birth (masked) probes nothing");
        assertFalse(ids("/api/v1/owners?q=" + number.substring(0, 8)).contains(story.ownerId()),
                "nor does the start");
    }

    private static java.util.List<Long> ids(String path) {
        return ok(Api.get("frontdesk", path + "&size=100"), 200).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void anEditThatSendsTheMaskBackKeepsTheStoredNumber() {
        long id = GivenOwnerStory.owner("frontdesk", "改名业主" + GivenEstates.unique(), GivenOwnerStory.phone(),
                GivenOwnerStory.idCardNumber());
        String whole = ok(Api.get("manager", "/api/v1/owners/" + id), 200).getString("idNumber");
        JsonObject read = ok(Api.get("frontdesk", "/api/v1/owners/" + id), 200);
        ok(Api.put("frontdesk", "/api/v1/owners/" + id, """
                {"name":"改名后","idType":"ID_CARD","idNumber":"%s","phone":"%s","version":%d}"""
                .formatted(read.getString("idNumber"), read.getString("phone"), read.getInt("version"))), 200);
        JsonObject after = ok(Api.get("manager", "/api/v1/owners/" + id), 200);
        assertEquals("改名后", after.getString("name"));
        assertEquals(whole, after.getString("idNumber"), "the mask never replaces the number");
        problem(Api.put("frontdesk", "/api/v1/owners/" + id, """
                {"name":"改名后","idType":"ID_CARD","idNumber":"350102********0000","phone":"%s","version":%d}"""
                .formatted(read.getString("phone"), after.getInt("version"))), 400);
    }

    @Test
    void theOverviewTellsTheOwnersWholeStoryInTheReadersLanguage() {
        JsonObject zh = overview("frontdesk", "zh-CN");
        assertEquals(story.name(), zh.getJsonObject("owner").getString("name"));
        assertEquals(masked(story.idNumber()), zh.getJsonObject("owner").getString("idNumber"));
        assertFalse(zh.getBoolean("mayUnmask"));
        JsonObject unit = one(zh.getJsonArray("units"), u -> u.getJsonNumber("id").longValue() == story.unitId());
        assertEquals(story.unitCode(), unit.getString("code"));
        assertEquals("OWNER", unit.getString("relation"));
        JsonObject call = one(zh.getJsonArray("calls"), c -> c.getJsonNumber("id").longValue() == story.receptionId());
        assertEquals("王先生", call.getString("callerName"));
        assertNotEquals(call.getString("channel"), call.getString("channelName"));
        JsonObject task = one(zh.getJsonArray("tasks"), t -> t.getJsonNumber("id").longValue() == story.taskId());
        assertEquals(story.taskNumber(), task.getString("number"));
        assertNotEquals(task.getString("state"), task.getString("stateName"), "a state's name, not its code");
        assertEquals("/servicedesk/task.xhtml?id=" + story.taskId(), task.getString("url"));
        one(zh.getJsonArray("bills"), b -> b.getJsonNumber("total").bigDecimalValue()
                .compareTo(new BigDecimal("150.00")) == 0);
        assertEquals(0, new BigDecimal("150.00").compareTo(zh.getJsonObject("balance").getJsonNumber("outstanding")
                .bigDecimalValue()), zh.getJsonObject("balance").toString());
        one(zh.getJsonArray("receipts"), r -> r.getString("receiptNumber").equals(story.receiptNumber()));
        JsonObject key = one(zh.getJsonArray("keys"), k -> k.getJsonNumber("id").longValue() == story.keyId());
        assertEquals(story.keyTag(), key.getString("tag"));
        JsonObject form = one(zh.getJsonArray("forms"), f -> f.getString("kind").equals("SEALING")
                && f.getJsonNumber("id").longValue() == story.sealingId());
        assertEquals(story.sealingNumber(), form.getString("number"));

        JsonObject en = overview("frontdesk", "en");
        JsonObject enTask = one(en.getJsonArray("tasks"), t -> t.getJsonNumber("id").longValue() == story.taskId());
        assertNotEquals(task.getString("stateName"), enTask.getString("stateName"), "names in the reader's language");
        assertTrue(overview("manager", "zh").getBoolean("mayUnmask"));
    }

    @Test
    void anOwnerOutsideTheCallersScopeIsNotFound() {
        problem(Api.get("frontdesk2", "/api/v1/owners/" + story.ownerId() + "/overview"), 404);
        problem(Api.get("frontdesk2", "/api/v1/owners/" + story.ownerId()), 404);
        problem(Api.get("manager2", "/api/v1/owners/" + story.ownerId() + "/id-number"), 404);
        problem(Api.get("frontdesk", "/api/v1/owners/999999999/overview"), 404);
        assertEquals(200, Api.get("admin", "/api/v1/owners/" + story.ownerId() + "/overview").status());
    }

    @Test
    void theOwnerPageOnDeskAndPhoneAndTheManagersUnmasking() {
        browser = new Browser();
        browser.driver.manage().window().setSize(new Dimension(1440, 1000));
        browser.loginAndOpen("manager", "/owners/list.xhtml");
        browser.type("[id$='form:q']", story.phone());
        browser.click("[id$='form:search']");
        browser.ajaxDone();
        browser.wait.until(d -> d.findElements(By.linkText(story.name())).size() == 1);
        assertTrue(browser.driver.getPageSource().contains(masked(story.idNumber())), "the list masks");
        browser.driver.findElement(By.linkText(story.name())).click();
        assertEquals(story.name(), browser.find("#ownerName").getText());
        assertEquals(masked(story.idNumber()), browser.find("[id='form:idNumber']").getText());
        assertTrue(browser.find("[id='form:tasks']").getText().contains(story.taskNumber()));
        assertTrue(browser.find("[id='form:keys']").getText().contains(story.keyTag()));
        assertTrue(browser.find("[id='form:forms']").getText().contains(story.sealingNumber()));
        browser.screenshot("owner-1440");
        long before = unmaskings("manager", story.ownerId());
        browser.click("[id='form:unmask']");
        browser.ajaxDone();
        browser.wait.until(d -> story.idNumber().equals(browser.find("[id='form:idNumber']").getText()));
        assertEquals(before + 1, unmaskings("manager", story.ownerId()), "the page's unmasking is logged");

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.open("/frontline/owner.xhtml?id=" + story.ownerId());
        assertEquals(masked(story.idNumber()), browser.find("[id='form:idNumber']").getText(), "masked again");
        assertTrue(browser.find("#ownerName").isDisplayed());
        browser.screenshot("owner-390");
        browser.assertFitsTheScreen("the owner's story");
    }
}
