package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problemAt;
import static org.estatedesk.it.Api.problemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passes (R3.6) through the API and the page: a worker's pass charges the card fee and asks for the deposit (company
 * parameters), limits per kind, the hot-work certificate, the overdue list, and a pass not returned blocks the
 * unit's move-out (R3.7) until it comes back.
 */
class PassesIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static String body(String kind, long unit, LocalDate from, LocalDate to, String certificate) {
        return """
                {"kind":"%s","unitId":%d,"holderName":"王师傅","idNumber":"350102199001011234","employer":"鹭岛装饰",
                 %s"validFrom":"%s","validTo":"%s"}""".formatted(kind, unit,
                certificate == null ? "" : "\"certificateNo\":\"" + certificate + "\",", from, to);
    }

    private static Api.Reply upload(String path, byte[] bytes) {
        return Api.upload("frontdesk", path, "application/pdf", bytes);
    }

    @Test
    void aWorkersPassIsChargedLimitedListedWhenOverdueAndBlocksTheMoveOutUntilReturned() {
        long estate = GivenEstates.freshEstate("PS", 1);
        List<Long> units = GivenEstates.units(estate);
        long unit = units.get(0);

        problemAt(Api.post("finance", "/api/v1/passes", body("WORKER", unit, TODAY, TODAY.plusDays(10), null)), 403,
                null);
        problemAt(Api.post("frontdesk", "/api/v1/passes", body("WORKER", unit, TODAY, TODAY.plusMonths(4), null)), 400,
                "validTo");
        problemAt(Api.post("frontdesk", "/api/v1/passes", body("TEMPORARY", unit, TODAY, TODAY.plusDays(3), null)), 400,
                "validTo");
        problemAt(Api.post("frontdesk", "/api/v1/passes", body("HOT_WORK", unit, TODAY, TODAY.plusDays(3), null)), 400,
                "certificateNo");
        assertEquals(0, Api.get("finance", "/api/v1/bills?unitId=" + unit).array().size(), "nothing charged");

        // R3.6: a worker pass needs the unit's decoration permit in force, within its works' dates
        problemAt(Api.post("frontdesk", "/api/v1/passes", body("WORKER", unit, TODAY.minusMonths(1),
                TODAY.minusDays(1), null)), 400, "unitCode");
        long decoration = GivenDecoration.permitted(unit, TODAY.minusMonths(1), TODAY.plusDays(10), "0.00")
                .getJsonNumber("id").longValue();
        Api.Reply outside = Api.post("frontdesk", "/api/v1/passes", body("WORKER", unit, TODAY,
                TODAY.plusDays(11), null));
        problemAt(outside, 400, "validTo");
        assertEquals("error.pass.outsidePermit", outside.json().getString("code"), outside.body());
        problemAt(Api.post("frontdesk", "/api/v1/passes", body("WORKER", units.get(3), TODAY, TODAY.plusDays(3),
                null)), 400, "unitCode");
        assertEquals(0, Api.get("finance", "/api/v1/bills?unitId=" + unit).array().size(), "nothing charged");

        JsonObject worker = ok(Api.post("frontdesk", "/api/v1/passes", body("WORKER", unit, TODAY.minusMonths(1),
                TODAY.minusDays(1), null)), 201);
        assertTrue(worker.getString("number").startsWith("CR"), worker.toString());
        assertTrue(worker.getBoolean("overdue"), "its last day has passed");
        JsonArray bills = Api.get("finance", "/api/v1/bills?unitId=" + unit).array();
        assertEquals(1, bills.size(), bills.toString());
        assertEquals(new BigDecimal("5.00"), bills.getJsonObject(0).getJsonNumber("total").bigDecimalValue());
        assertEquals("PASS_FEE", bills.getJsonObject(0).getJsonArray("lines").getJsonObject(0).getString("item"));
        JsonArray deposits = Api.get("finance", "/api/v1/deposits?unitId=" + unit).json().getJsonArray("items");
        assertEquals("WORKER_PASS", deposits.getJsonObject(0).getString("kind"));
        assertEquals(new BigDecimal("50.00"), deposits.getJsonObject(0).getJsonNumber("amount").bigDecimalValue());
        JsonObject hotWork = ok(Api.post("frontdesk", "/api/v1/passes", body("HOT_WORK", units.get(1), TODAY,
                TODAY.plusDays(2), "T-350102")), 201);
        assertTrue(hotWork.getString("number").startsWith("DH"));
        assertEquals(0, Api.get("finance", "/api/v1/bills?unitId=" + units.get(1)).array().size(), "free");
        // the welder's certificate and identity copies are archived with the hot-work permit
        String copies = "/api/v1/passes/" + hotWork.getJsonNumber("id") + "/attachments";
        byte[] scan = "%PDF-1.4 welder certificate T-350102".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply copy = upload(copies + "?kind=WELDING_CERTIFICATE&fileName=cert.pdf", scan);
        assertEquals(201, copy.status(), copy.body());
        assertEquals(400, upload(copies + "?kind=WELDING_CERTIFICATE&fileName=big.pdf",
                new byte[5 * 1024 * 1024 + 1]).status(), "over 5 MB");
        assertEquals(400, upload(copies + "?fileName=x.pdf", scan).status(),
                "a kind is needed");
        JsonArray listed = Api.get("frontdesk", copies).array();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals("cert.pdf", listed.getJsonObject(0).getString("fileName"));
        Api.Download copyBack = Api.download("frontdesk", copies + "/" + copy.json().getJsonNumber("id"));
        assertEquals(200, copyBack.status());
        assertTrue(java.util.Arrays.equals(scan, copyBack.body()));

        JsonArray ending = ok(Api.get("frontdesk", "/api/v1/passes?estateId=" + estate + "&endingWithinDays=0"), 200)
                .getJsonArray("items");
        assertEquals(List.of(worker.getString("number")), ending.stream()
                .map(v -> v.asJsonObject().getString("number")).toList(), "only the overdue one ends by today");
        assertEquals(2, ok(Api.get("frontdesk", "/api/v1/passes?estateId=" + estate + "&endingWithinDays=7"), 200)
                .getInt("total"));

        // the decoration accepted and closed (no deposit)
        String app = "/api/v1/decoration-applications/" + decoration;
        ok(Api.post("engineer", app + "/acceptance", "{\"passed\":true}"), 200);
        ok(Api.post("finance", app + "/deposit-settlement", "{\"method\":\"CASH\"}"), 200);
        // the fee paid, the pass still out: the move-out is blocked by it alone
        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"5.00","method":"CASH"}""".formatted(unit)), 201);
        String move = """
                {"unitId":%d,"date":"%s","reason":"装修完工迁出"}""".formatted(unit, TODAY.plusDays(3));
        Api.Reply blocked = Api.post("frontdesk", "/api/v1/relocations", move);
        problemAt(blocked, 409, null);
        assertEquals(List.of("OPEN_PASSES"), blocked.json().getJsonArray("reasons").stream()
                .map(v -> v.asJsonObject().getString("code")).toList());
        JsonObject back = ok(Api.post("frontdesk", "/api/v1/passes/" + worker.getJsonNumber("id") + "/return", "{}"),
                200);
        assertEquals("RETURNED", back.getString("state"));
        problemAt(Api.post("frontdesk", "/api/v1/passes/" + worker.getJsonNumber("id") + "/return", "{}"), 409, null);
        ok(Api.post("frontdesk", "/api/v1/relocations", move), 201);
    }

    @Test
    void aGoodsReleaseSlipNamesTheGoodsAndTheConfirmingOwnerIsFreeAndValidForItsDay() {
        long estate = GivenEstates.freshEstate("PG", 1);
        long unit = GivenEstates.units(estate).get(2);
        String slip = """
                {"kind":"GOODS_RELEASE","unitId":%d,"holderName":"搬家师傅","idNumber":"350102199001011234",
                 "goods":"旧沙发一套、纸箱三个",%s"validFrom":"%s"}""";
        problemAt(Api.post("frontdesk", "/api/v1/passes", slip.formatted(unit, "", TODAY)), 400, "confirmedByOwner");
        problemAt(Api.post("frontdesk", "/api/v1/passes", """
                {"kind":"GOODS_RELEASE","unitId":%d,"holderName":"搬家师傅","idNumber":"350102199001011234",
                 "goods":"冰箱","confirmedByOwner":"业主","validFrom":"%s","validTo":"%s"}"""
                .formatted(unit, TODAY, TODAY.plusDays(1))), 400, "validTo");
        JsonObject issued = ok(Api.post("frontdesk", "/api/v1/passes", slip.formatted(unit,
                "\"confirmedByOwner\":\"业主刘七（电话确认）\",", TODAY)), 201);
        assertTrue(issued.getString("number").startsWith("FT"), issued.toString());
        assertEquals(TODAY.toString(), issued.getString("validTo"));
        assertEquals("旧沙发一套、纸箱三个", issued.getString("goods"));
        assertEquals("业主刘七（电话确认）", issued.getString("confirmedByOwner"));
        assertEquals(0, Api.get("finance", "/api/v1/bills?unitId=" + unit).array().size(), "free");
        assertEquals("RETURNED", ok(Api.post("frontdesk", "/api/v1/passes/" + issued.getJsonNumber("id") + "/return",
                "{}"), 200).getString("state"), "collected at the gate");
    }

    @Test
    void aClientTakesBackAPassAgainstTheVersionItReadByETagAndIfMatch() {
        long estate = GivenEstates.freshEstate("PE", 1);
        long unit = GivenEstates.units(estate).get(1);
        JsonObject issued = ok(Api.post("frontdesk", "/api/v1/passes", """
                {"kind":"goods_release","unitId":%d,"holderName":"搬家师傅","idNumber":"350102199001011234",
                 "goods":"书柜","confirmedByOwner":"业主（电话确认）","validFrom":" %s "}""".formatted(unit, TODAY)),
                201);
        String path = "/api/v1/passes/" + issued.getJsonNumber("id");
        Api.Reply read = Api.get("frontdesk", path);
        ok(read, 200);
        String tag = read.raw().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertEquals("\"" + issued.getInt("version") + "\"", tag);

        // an If-Match naming another version than the body's is refused; a stale one is a conflict; nothing changes
        problemAt(ifMatch(path + "/return", "\"" + (issued.getInt("version") + 1) + "\"",
                "{\"version\":" + issued.getInt("version") + "}"), 400, "version");
        problemCode(ifMatch(path + "/return", "\"" + (issued.getInt("version") + 7) + "\"", ""), 409,
                "error.staleVersion");
        assertEquals("ISSUED", ok(Api.get("frontdesk", path), 200).getString("state"));

        // the tag read, sent back without a body
        Api.Reply back = ifMatch(path + "/return", tag, "");
        assertEquals("RETURNED", ok(back, 200).getString("state"));
        assertEquals("\"" + back.json().getInt("version") + "\"", back.raw().headers().firstValue("ETag").orElse(""));
    }

    private static Api.Reply ifMatch(String path, String tag, String body) {
        return Api.send("frontdesk", "demo", java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
                .header("Content-Type", "application/json").header("If-Match", tag)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void theFrontDeskIssuesAndTakesBackAPassOnThePage() throws java.io.IOException {
        long estate = GivenEstates.freshEstate("PP", 1);
        JsonArray listed = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=5").json()
                .getJsonArray("items");
        String code = listed.getJsonObject(0).getString("code");
        String estateName = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/passes/passes.xhtml");
            browser.press("[id$='newPass']");
            // R3.6: a worker pass (the default kind) for a unit without a decoration permit is refused at the unit
            browser.selectContaining("estateId", estateName);
            browser.type("input[id$='unitCode']", code);
            browser.type("input[id$='holderName']", "李师傅");
            browser.type("input[id$='idNumber']", "350102198802023456");
            browser.typeDate("input[id$='validTo_input']", TODAY.plusDays(2).toString());
            browser.press("[id$='savePass']");
            browser.waitForText("没有有效的装修许可证");
            assertTrue(browser.find("[id$='issueFields'] .ui-message-error").getText().contains(code),
                    "shown at the unit's field");
            browser.select("newKind", "临时出入证");
            browser.selectContaining("estateId", estateName);
            browser.type("input[id$='unitCode']", code);
            browser.type("input[id$='holderName']", "李师傅");
            browser.type("input[id$='idNumber']", "350102198802023456");
            browser.typeDate("input[id$='validTo_input']", TODAY.plusDays(2).toString());
            browser.press("[id$='savePass']");
            browser.waitForText("已办理 LS");
            assertTrue(browser.find("td.pass-number").getText().startsWith("LS"));
            browser.screenshot("passes-issued");
            // the holder's identity copy archived with the pass
            browser.press("[id$='passes:0:attachments']");
            java.nio.file.Path scan = java.nio.file.Files.createTempFile("holder-id", ".png");
            java.nio.file.Files.write(scan, new byte[] {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6});
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id$='upload'] input[type='file']"))
                    .sendKeys(scan.toString());
            browser.waitForText("已存档到 LS");
            browser.ajaxDone();
            assertTrue(browser.find("[id$='passAttachments'] td.attachment-name").getText().startsWith("holder-id"));
            java.nio.file.Files.delete(scan);
            browser.click("[id$='attachmentsDialog'] .ui-dialog-titlebar-close");
            browser.press("[id$='passes:0:returnPass']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已交回。");
        }
        assertEquals("RETURNED", Api.get("frontdesk", "/api/v1/passes?estateId=" + estate).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst().orElseThrow()
                .getString("state"));
    }
}
