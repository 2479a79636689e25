package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 20: a billing dry run of units whose hot-water meter has no reading for the period says so — in the API
 * ({@code missingReadingsTotal}, {@code missingReadings}) and on the run's result page — instead of silently
 * leaving the hot water out.
 */
class MissingReadingsIT {

    @Test
    void aDryRunListsTheUnitsWhoseReadingIsMissing() {
        long estate = GivenEstates.freshEstate("MR", 1);
        GivenBilling.rates(estate);
        Map<String, Long> units = GivenEstates.unitsByCode(estate);
        List<String> codes = units.keySet().stream().sorted().toList();
        assertEquals(4, codes.size());
        for (String code : codes.subList(0, 2)) {
            assertEquals(201, Api.post("assistant", "/api/v1/meter-readings", """
                    {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"12.00"}"""
                    .formatted(units.get(code), GivenBilling.PERIOD)).status());
        }
        long run = GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, GivenBilling.PERIOD));
        JsonObject dry = GivenBilling.finished(run);
        assertEquals("COMPLETED", dry.getString("state"), dry.toString());
        assertEquals(2, dry.getJsonNumber("missingReadingsTotal").longValue(), dry.toString());
        Set<String> missing = dry.getJsonArray("missingReadings").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("unitCode") + "/" + m.getString("meter")).collect(Collectors.toSet());
        assertEquals(Set.of(codes.get(2) + "/HOT_WATER", codes.get(3) + "/HOT_WATER"), missing);

        // a reading entered later: one missing now
        assertEquals(201, Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"3.00"}"""
                .formatted(units.get(codes.get(2)), GivenBilling.PERIOD)).status());
        JsonObject now = Api.get("finance", "/api/v1/billing/runs/" + run).json();
        assertEquals(1, now.getJsonNumber("missingReadingsTotal").longValue(), now.toString());

        // the result page lists it, in the reader's language, at desk width and on a phone
        String user = GivenStaff.freshStaff("mr", "FINANCE");
        for (int width : new int[] {1440, 390}) {
            try (Browser b = new Browser()) {
                b.driver.manage().window().setSize(new Dimension(width, 1000));
                b.loginAndOpen(user, GivenStaff.PASSWORD, "/billing/runs.xhtml");
                b.find("[id$=':open']");
                String open = b.driver.findElements(By.cssSelector("a[id$=':open']")).stream()
                        .filter(e -> e.getText().strip().equals(Long.toString(run))).findFirst().orElseThrow()
                        .getAttribute("id");
                b.click("[id='" + open + "']");
                b.ajaxDone();
                String warning = b.find(".missing-readings").getText();
                assertTrue(warning.contains("1 个房间缺少本期抄表读数"), warning);
                assertTrue(warning.contains(codes.get(3)) && warning.contains("热水表"), warning);
                long page = ((Number) b.driver.executeScript(
                        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);"))
                        .longValue();
                long screen = ((Number) b.driver.executeScript("return window.innerWidth;")).longValue();
                assertTrue(page <= screen, "the runs page is " + page + " px wide on a " + screen + " px screen");
                b.screenshot("back-office-missing-readings-" + width);
            }
        }
    }
}
