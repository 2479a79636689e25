package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text typed into a page with control characters is refused at its field, as the API refuses it (issue 18), and
 * nothing is stored; the same form with clean text saves.
 */
class PageInputIT {
    @Test
    void aNameWithAControlCharacterIsRefusedAtItsField() {
        Api.Reply created = Api.post("frontdesk", "/api/v1/owners", """
                {"name":"页面输入","idType":"PASSPORT","idNumber":"P%d","phone":"13900005555"}"""
                .formatted(System.nanoTime() % 100_000_000L));
        assertEquals(201, created.status(), created.body());
        long owner = created.json().getJsonNumber("id").longValue();
        String dirty = "页面输入" + System.nanoTime() % 100_000;
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/owners/edit.xhtml?id=" + owner);
            browser.find("input[id$='name']");
            // a bell character, as a crafted post or a paste from a terminal would bring it
            browser.driver.executeScript("document.querySelector(\"input[id$='name']\").value = arguments[0];",
                    dirty + "\u0007");
            browser.press("[id$='save']");
            browser.waitForText("文本中不能含有控制字符");
            browser.screenshot("page-input-control-refused");
            JsonObject after = Api.get("frontdesk", "/api/v1/owners/" + owner).json();
            assertEquals("页面输入", after.getString("name"), "nothing was stored");

            browser.driver.executeScript("document.querySelector(\"input[id$='name']\").value = arguments[0];",
                    dirty);
            browser.press("[id$='save']");
            browser.waitForText(dirty); // the saved message names the owner
        }
        assertEquals(1, Api.get("frontdesk", "/api/v1/owners?size=5&q=" + URLEncoder.encode(dirty,
                StandardCharsets.UTF_8)).json().getJsonNumber("total").longValue(), "the clean name was saved");
    }
}
