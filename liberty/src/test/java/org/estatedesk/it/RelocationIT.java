package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relocation / move-out (R3.7) through the API: an application with unpaid fees and an open decoration is refused
 * with both reasons and leaves nothing behind; once paid and without the decoration it waits for the CS manager
 * (a front-desk user may not decide), then the goods release slip and the move update the unit's state.
 */
class RelocationIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static List<String> codes(Api.Reply r) {
        return r.json().getJsonArray("reasons").stream().map(v -> v.asJsonObject().getString("code")).sorted()
                .toList();
    }

    private static long approvalOf(String user, long relocation) {
        for (JsonValue v : Api.get(user, "/api/v1/approvals?mine=true").array()) {
            JsonObject a = v.asJsonObject();
            if (a.getString("formType").equals("RELOCATION") && a.getJsonNumber("formId").longValue() == relocation) {
                return a.getJsonNumber("id").longValue();
            }
        }
        return -1;
    }

    @Test
    void unpaidFeesAndAnOpenDecorationBlockWithEveryReasonThenTheMoveGoesThroughApproval() {
        long estate = GivenEstates.freshEstate("RL", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate,
                YearMonth.now(ZONE).minusMonths(1)))).getString("state"));
        LocalDate start = LocalDate.now(ZONE).plusDays(3);
        long decoration = ok(Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"迁出测试装饰","plan":"墙面翻新","alterations":[],
                 "startDate":"%s","endDate":"%s"}""".formatted(unit, start, start.plusDays(20))), 201)
                .getJsonNumber("id").longValue();
        String body = """
                {"unitId":%d,"date":"%s","reason":"房屋出售，业主迁出"}""".formatted(unit, LocalDate.now(ZONE).plusDays(7));

        Api.Reply blocked = Api.post("frontdesk", "/api/v1/relocations", body);
        problem(blocked, 409);
        assertEquals(List.of("OPEN_DECORATION", "UNPAID_FEES"), codes(blocked), blocked.body());
        assertTrue(blocked.body().contains("221.80"), blocked.body());
        assertEquals(0, ok(Api.get("frontdesk", "/api/v1/relocations?estateId=" + estate), 200).getInt("total"),
                "nothing stored");
        assertEquals(2, Api.get("frontdesk", "/api/v1/relocations/checks?unitId=" + unit).array().size());
        problem(Api.post("frontdesk", "/api/v1/relocations", """
                {"unitId":%d,"date":"%s","reason":"x"}""".formatted(unit, LocalDate.now(ZONE).minusDays(1))), 400);
        problem(Api.post("finance", "/api/v1/relocations", body), 403);

        // the fees paid: only the decoration blocks; the application rejected, nothing blocks any more
        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"221.80","method":"CASH"}""".formatted(unit)), 201);
        blocked = Api.post("frontdesk", "/api/v1/relocations", body);
        assertEquals(List.of("OPEN_DECORATION"), codes(blocked), blocked.body());
        JsonObject step = GivenDecoration.waiting("assistant", decoration);
        ok(Api.post("assistant", "/api/v1/approvals/" + step.getJsonNumber("id") + "/decisions", """
                {"decision":"REJECT","comment":"业主撤回","version":%d}""".formatted(step.getInt("version"))), 200);

        JsonObject r = ok(Api.post("frontdesk", "/api/v1/relocations", body), 201);
        long id = r.getJsonNumber("id").longValue();
        assertEquals("IN_APPROVAL", r.getString("state"));
        Api.Reply again = Api.post("frontdesk", "/api/v1/relocations", body);
        assertEquals(List.of("OPEN_RELOCATION"), codes(again), again.body());
        problem(Api.post("frontdesk", "/api/v1/relocations/" + id + "/release-slip", """
                {"goods":"家具","confirmedByOwner":"张三"}"""), 409);

        assertEquals(-1, approvalOf("frontdesk", id), "not the front desk's to decide");
        long approval = approvalOf("manager", id);
        assertTrue(approval > 0);
        JsonObject waiting = ok(Api.get("manager", "/api/v1/approvals/" + approval), 200);
        problem(Api.post("frontdesk", "/api/v1/approvals/" + approval + "/decisions", """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(waiting.getInt("version"))), 403);
        ok(Api.post("manager", "/api/v1/approvals/" + approval + "/decisions", """
                {"decision":"APPROVE","comment":"同意迁出","version":%d}""".formatted(waiting.getInt("version"))),
                200);
        assertEquals("APPROVED", ok(Api.get("frontdesk", "/api/v1/relocations/" + id), 200).getString("state"));

        problem(Api.post("frontdesk", "/api/v1/relocations/" + id + "/release-slip", "{\"goods\":\"家具\"}"), 400);
        JsonObject released = ok(Api.post("frontdesk", "/api/v1/relocations/" + id + "/release-slip", """
                {"goods":"沙发一套、冰箱一台、纸箱十二个","confirmedByOwner":"业主张三（电话 139****2222 确认）"}"""), 200);
        assertEquals("RELEASED", released.getString("state"));
        assertTrue(released.getString("slipNumber").startsWith("FX"), released.toString());
        JsonObject done = ok(Api.post("frontdesk", "/api/v1/relocations/" + id + "/completion", "{}"), 200);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("HANDED_OVER", done.getString("unitStateAfter"));
        JsonArray units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=50").json()
                .getJsonArray("items");
        String unitState = units.stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getJsonNumber("id").longValue() == unit).findFirst().orElseThrow().getString("state");
        assertEquals("HANDED_OVER", unitState);
        assertTrue(Api.get(null, "/openapi").body().contains("/api/v1/relocations:"));
    }

    @Test
    void theFrontDeskSeesTheReasonsThenIssuesTheSlipAndCompletesTheMoveOnThePage() {
        long estate = GivenEstates.freshEstate("RP", 1);
        GivenBilling.rates(estate);
        List<Long> units = GivenEstates.units(estate);
        JsonArray listed = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=50").json()
                .getJsonArray("items");
        String owing = listed.stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getJsonNumber("id").longValue() == units.get(0)).findFirst().orElseThrow()
                .getString("code");
        String clean = listed.stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getJsonNumber("id").longValue() == units.get(1)).findFirst().orElseThrow()
                .getString("code");
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate,
                YearMonth.now(ZONE).minusMonths(1)))).getString("state"));
        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"221.80","method":"CASH"}""".formatted(units.get(1))), 201);
        String estateName = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/relocation/relocations.xhtml");
            apply(browser, estateName, owing);
            browser.waitForText("尚有欠费");
            browser.screenshot("relocation-blocked");
            // the dialog stays open with the reasons: the other unit, which owes nothing, goes through
            browser.type("input[id$='unitCode']", clean);
            browser.press("[id$='saveRelocation']");
            browser.waitForText("已提交迁出申请");
            assertEquals("待经理审批", browser.find("td.relocation-state").getText());
            long id = ok(Api.get("frontdesk", "/api/v1/relocations?estateId=" + estate), 200).getJsonArray("items")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            long approval = approvalOf("manager", id);
            JsonObject step = ok(Api.get("manager", "/api/v1/approvals/" + approval), 200);
            ok(Api.post("manager", "/api/v1/approvals/" + approval + "/decisions", """
                    {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(step.getInt("version"))), 200);
            browser.open("/relocation/relocations.xhtml");
            browser.waitForText("已批准");
            browser.press("[id$='relocations:0:slip']");
            browser.type("textarea[id$='goods']", "衣柜两个");
            browser.type("input[id$='confirmedByOwner']", "业主李四");
            browser.press("[id$='saveSlip']");
            browser.waitForText("已开放行条 FX");
            browser.press("[id$='relocations:0:complete']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已迁出，房间状态已更新");
            assertEquals("已迁出", browser.find("td.relocation-state").getText());
            browser.screenshot("relocation-completed");
        }
    }

    @Test
    void aKeyLentOutBlocksTheMoveOutUntilItComesBack() {
        long estate = GivenEstates.freshEstate("RK", 1);
        JsonObject unit = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=1").json().getJsonArray("items")
                .getJsonObject(0);
        JsonObject key = ok(Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"OWNER_SECURITY_DOOR","tag":"RK-%d","unitCode":"%s","location":"钥匙柜 A"}"""
                .formatted(estate, System.nanoTime() % 1_000_000, unit.getString("code"))), 201);
        GivenOwners.resident(estate, unit.getString("code"), "业主", "OWNER");
        JsonObject loan = ok(Api.post("frontdesk", "/api/v1/keys/" + key.getJsonNumber("id") + "/loans", """
                {"borrower":"业主","purpose":"进户","dueAt":"%sT18:00:00+08:00","borrowerKind":"OWNER",
                 "signatureConfirmed":true}""".formatted(LocalDate.now(ZONE).plusDays(2))), 201);
        String move = """
                {"unitId":%d,"date":"%s","reason":"迁出"}""".formatted(unit.getJsonNumber("id").longValue(),
                LocalDate.now(ZONE).plusDays(5));
        Api.Reply blocked = Api.post("frontdesk", "/api/v1/relocations", move);
        problem(blocked, 409);
        assertEquals(List.of("OPEN_KEYS"), codes(blocked), blocked.body());
        assertEquals("OUT", loan.getString("state"), "the owner signs and takes it at once");
        ok(Api.post("frontdesk", "/api/v1/key-loans/" + loan.getJsonNumber("id") + "/return", "{}"), 200);
        ok(Api.post("frontdesk", "/api/v1/relocations", move), 201);
    }

    private static void apply(Browser browser, String estateName, String unitCode) {
        browser.press("[id$='newRelocation']");
        browser.selectContaining("estateId", estateName);
        browser.type("input[id$='unitCode']", unitCode);
        browser.type("textarea[id$='reason']", "业主迁出");
        browser.press("[id$='saveRelocation']");
    }
}
