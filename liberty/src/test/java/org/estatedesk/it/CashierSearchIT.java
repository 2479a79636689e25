package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 20, the cashier: a unit found by its code, its owner's name or phone — over the API and on the page, while
 * typing — with the owner shown and the amount starting from what the unit owes (its open bills, to the cent).
 */
class CashierSearchIT {

    private static JsonObject charge(long unit, String item, String amount) {
        return ok(Api.post("finance", "/api/v1/units/" + unit + "/charges", """
                {"description":"收银查找","lines":[{"item":"%s","amount":"%s"}]}""".formatted(item, amount)), 201);
    }

    private static JsonArray find(long estate, String q) {
        Api.Reply r = Api.get("finance", "/api/v1/units/accounts?estateId=" + estate + "&q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    @Test
    void theCashierFindsAUnitByOwnerNameOrPhoneWithWhatItOwes() {
        long estate = GivenEstates.freshEstate("CS", 1);
        List<Long> units = GivenEstates.units(estate);
        long unit = units.get(1);
        String name = "收银" + GivenEstates.unique();
        long owner = ok(Api.post("frontdesk", "/api/v1/owners", """
                {"kind":"PERSON","name":"%s","idType":"PASSPORT","idNumber":"C%d","phone":"13911%06d"}"""
                .formatted(name, System.nanoTime() % 1_000_000_000L, unit % 1_000_000)), 201)
                .getJsonNumber("id").longValue();
        String phone = "13911%06d".formatted(unit % 1_000_000);
        ok(Api.post("frontdesk", "/api/v1/owners/" + owner + "/units", """
                {"unitId":%d,"relation":"OWNER"}""".formatted(unit)), 201);
        charge(unit, "DAMAGE", "150.35");
        charge(unit, "FINE", "20.10");

        for (String q : List.of(name, name.substring(2), phone.substring(3, 11))) {
            JsonArray found = find(estate, q);
            assertEquals(1, found.size(), q + ": " + found);
            JsonObject u = found.getJsonObject(0);
            assertEquals(unit, u.getJsonNumber("unitId").longValue());
            assertEquals(name, u.getString("ownerName"));
            assertEquals(phone, u.getString("ownerPhone"));
            assertEquals(new BigDecimal("170.45"), u.getJsonNumber("owed").bigDecimalValue(), "the two open bills");
        }
        // by code still: the unit without an owner is listed too, owing nothing
        String code = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=10").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("id").longValue() == units.get(0))
                .findFirst().orElseThrow().getString("code");
        JsonObject byCode = find(estate, code).getJsonObject(0);
        assertEquals(units.get(0).longValue(), byCode.getJsonNumber("unitId").longValue());
        assertTrue(!byCode.containsKey("ownerName") || byCode.isNull("ownerName"), byCode.toString());
        assertEquals(0, byCode.getJsonNumber("owed").bigDecimalValue().signum());
        // the balance says the same
        assertEquals(new BigDecimal("170.45"), ok(Api.get("finance", "/api/v1/units/" + unit + "/balance"), 200)
                .getJsonNumber("owed").bigDecimalValue());
        // no estate: a problem naming it; an estate outside the caller's scope: 404
        assertEquals("estateId", Api.problem(Api.get("finance", "/api/v1/units/accounts?q=abc"), 400)
                .getString("field"));

        // on the page: typing the owner's name lists the unit with its owner; choosing it shows the owner and
        // fills in the amount owed
        String user = GivenStaff.freshStaff("cs", "FINANCE");
        for (int width : new int[] {1440, 390}) {
            try (Browser b = new Browser()) {
                b.driver.manage().window().setSize(new Dimension(width, 1000));
                b.loginAndOpen(user, GivenStaff.PASSWORD, "/billing/cashier.xhtml");
                b.select("estateId", Api.get("manager", "/api/v1/estates").array().getValuesAs(JsonObject.class)
                        .stream().filter(e -> e.getJsonNumber("id").longValue() == estate)
                        .map(e -> e.getString("code") + " " + e.getString("name")).findFirst().orElseThrow());
                b.type("input[id$='code']", name);
                b.wait.until(d -> d.findElements(By.cssSelector(".unit-match")).stream()
                        .anyMatch(m -> m.getText().contains(name) && m.getText().contains(phone)));
                b.screenshot("back-office-cashier-typeahead-" + width);
                b.driver.findElements(By.cssSelector(".unit-match")).stream()
                        .filter(m -> m.getText().contains(name)).findFirst().orElseThrow().click();
                b.wait.until(d -> d.findElements(By.id("unitOwner")).stream().anyMatch(p -> p.getText()
                        .contains(name)));
                assertEquals("170.45", b.find("input[id$='amount_input']").getAttribute("value")
                        .replace("¥", "").replace(",", "").strip());
                long page = ((Number) b.driver.executeScript(
                        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);"))
                        .longValue();
                long screen = ((Number) b.driver.executeScript("return window.innerWidth;")).longValue();
                assertTrue(page <= screen, "the cashier is " + page + " px wide on a " + screen + " px screen");
                b.screenshot("back-office-cashier-" + width);
            }
        }
    }
}
