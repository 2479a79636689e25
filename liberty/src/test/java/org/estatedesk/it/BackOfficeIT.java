package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 20, the back office: the estate a user last chose is preselected on every page with an estate selector,
 * also after a new login.
 */
class BackOfficeIT {

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
        String label = Api.get("manager", "/api/v1/estates").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == second)
                .map(e -> e.getString("code") + " " + e.getString("name")).findFirst().orElseThrow();
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
}
