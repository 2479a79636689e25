package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.GivenBilling.dunningContacts;
import static org.estatedesk.it.GivenBilling.dunningStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dunning (R4.6) through the API: the dunning list from overdue bills, the cases it opens once, the steps, the
 * three-day posting before stop-service, the manager's single decision, an objection that blocks stop-service, and
 * payment in full that settles the case and hands a restore task to engineering.
 */
class DunningApiIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth OLD = YearMonth.now(ZONE).minusMonths(3);

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    /** The dunning cases whose stop-service request waits in a user's approval inbox. */
    private static List<Long> inbox(String user) {
        return Api.get(user, "/api/v1/approvals?mine=true").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("formType").equals("STOP_SERVICE"))
                .map(a -> a.getJsonNumber("formId").longValue()).toList();
    }

    private static JsonObject get(long id) {
        return ok(Api.get("finance", "/api/v1/dunning/cases/" + id), 200);
    }

    @Test
    void theDunningListOpensOneCasePerUnitAndStopServiceNeedsThePostingAndAManager() {
        long estate = GivenEstates.freshEstate("DU", 1);
        GivenBilling.rates(estate);
        List<Long> units = GivenEstates.units(estate);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, OLD))).getString("state"));

        String list = "/api/v1/dunning/arrears?estateId=" + estate + "&size=500";
        problem(Api.get("frontdesk", list), 403);
        JsonObject arrears = ok(Api.get("finance", list), 200);
        assertEquals(units.size(), arrears.getJsonNumber("total").longValue(), "every unit owes its old bill");
        JsonObject first = arrears.getJsonArray("items").getJsonObject(0);
        assertTrue(first.getJsonNumber("overdue").bigDecimalValue().signum() > 0, first.toString());
        assertTrue(absent(first, "caseId"), first.toString());
        assertEquals(0, ok(Api.get("finance", "/api/v1/dunning/arrears?estateId=" + estate
                + "&minDaysOverdue=3650"), 200).getJsonNumber("total").longValue(), "nothing ten years overdue");

        String issue = "/api/v1/dunning/cases";
        problem(Api.post("assistant", issue, "{\"estateId\":" + estate + "}"), 403);
        problem(Api.post("manager2", issue, "{\"estateId\":" + estate + "}"), 404);
        JsonObject issued = ok(Api.post("finance", issue, "{\"estateId\":" + estate + "}"), 201);
        assertEquals(units.size(), issued.getInt("opened"));
        assertEquals(0, ok(Api.post("finance", issue, "{\"estateId\":" + estate + "}"), 201).getInt("opened"),
                "issuing the list again opens nothing");
        Map<Long, Long> caseOf = new HashMap<>();
        for (JsonValue v : ok(Api.get("finance", list), 200).getJsonArray("items")) {
            caseOf.put(v.asJsonObject().getJsonNumber("unitId").longValue(),
                    v.asJsonObject().getJsonNumber("caseId").longValue());
        }
        assertEquals(units.size(), caseOf.size());

        long unit = units.get(0);
        long id = caseOf.get(unit);
        problem(Api.get("manager2", "/api/v1/dunning/cases/" + id), 404);
        JsonObject c = get(id);
        assertEquals("OPEN", c.getString("state"));
        assertEquals("REMINDER", c.getString("nextStep"), "the procedure starts with a friendly reminder");
        assertEquals(LocalDate.parse(c.getString("oldestDueOn")).plusDays(7).toString(),
                c.getString("nextStepDueOn"), "dunning.reminder.days after the oldest due day");
        JsonObject listed = ok(Api.get("finance", "/api/v1/dunning/cases?estateId=" + estate + "&active=true"), 200);
        assertEquals(units.size(), listed.getJsonNumber("total").longValue());
        assertTrue(listed.getJsonArray("items").stream().allMatch(i -> i.asJsonObject().getString("nextStep")
                .equals("REMINDER")), listed.toString());
        assertEquals(unit, c.getJsonNumber("unitId").longValue());
        c = dunningStep(id, """
                {"kind":"REMINDER","outcome":"温馨提示已送达"}""");
        c = dunningStep(id, """
                {"kind":"CALL","outcome":"业主答应月底前缴纳","version":%d}""".formatted(c.getInt("version")));
        assertEquals("NOTICE", c.getString("nextStep"), "the first step not done yet");
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"STOP_APPROVED"}"""), 400);
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"VISIT","doneOn":"%s"}""".formatted(LocalDate.now(ZONE).plusDays(1))), 400);
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/stop-request", "{}"), 409);

        // R4.6's order: no written stop-service notice before the dunning notice and the visit
        Api.Reply early = Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"STOP_NOTICE","outcome":"张贴于单元门口"}""");
        problem(early, 409);
        assertEquals("error.dunning.outOfOrder", early.json().getString("code"), early.body());
        assertTrue(early.json().getString("detail").contains("NOTICE, VISIT"), early.body());
        assertEquals("OPEN", get(id).getString("state"), "a refused step changes nothing");
        dunningStep(id, """
                {"kind":"NOTICE","outcome":"催费单已送达"}""");
        dunningStep(id, """
                {"kind":"VISIT","outcome":"上门未见业主"}""");

        // the written notice posted today: stop-service only after three days
        c = dunningStep(id, """
                {"kind":"STOP_NOTICE","outcome":"张贴于单元门口"}""");
        assertEquals("NOTICE_POSTED", c.getString("state"));
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"VISIT","version":%d}""".formatted(c.getInt("version") - 1)), 409);
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/stop-request", "{}"), 409);
        assertEquals("NOTICE_POSTED", get(id).getString("state"), "a refused request changes nothing");

        // a notice posted three days ago (recorded late on the second case)
        // (a manager overrides the procedure's order: recorded with what it skipped, and in the operation log)
        long other = caseOf.get(units.get(1));
        String posted = """
                {"kind":"STOP_NOTICE","doneOn":"%s","override":true}""".formatted(LocalDate.now(ZONE).minusDays(3));
        problem(Api.post("finance", "/api/v1/dunning/cases/" + other + "/steps", posted), 403);
        JsonObject o = ok(Api.post("manager", "/api/v1/dunning/cases/" + other + "/steps", posted), 201);
        assertEquals("REMINDER,NOTICE,CALL,VISIT", o.getJsonArray("steps").getJsonObject(0)
                .getString("overrideSkipped"), o.toString());
        assertTrue(Api.get("admin", "/api/v1/operation-log?operation=DUNNING_OVERRIDE&username=manager&size=20").json()
                .getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("detail")
                        .startsWith("case " + other + ": STOP_NOTICE")), "the override is in the operation log");
        assertEquals(LocalDate.now(ZONE).toString(), o.getString("stopAllowedFrom"));
        o = ok(Api.post("finance", "/api/v1/dunning/cases/" + other + "/stop-request", """
                {"comment":"三次上门未果"}"""), 200);
        assertEquals("STOP_REQUESTED", o.getString("state"));
        assertTrue(inbox("manager").contains(other), "the request waits in the manager's approval inbox");
        assertTrue(!inbox("manager2").contains(other), "not in another company's");
        String decide = "/api/v1/dunning/cases/" + other + "/stop-decision";
        problem(Api.post("finance", decide, """
                {"decision":"APPROVE","version":%d}""".formatted(o.getInt("version"))), 403);
        problem(Api.post("manager", decide, """
                {"decision":"APPROVE","version":%d}""".formatted(o.getInt("version") - 1)), 409);
        problem(Api.post("manager", decide, """
                {"decision":"REJECT","version":%d}""".formatted(o.getInt("version"))), 400);
        o = ok(Api.post("manager", decide, """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(o.getInt("version"))), 200);
        assertEquals("SERVICE_STOPPED", o.getString("state"));
        assertEquals("manager", o.getString("decidedBy"));
        assertTrue(!inbox("manager").contains(other), "decided: it left the inbox");
        problem(Api.post("manager", decide, """
                {"decision":"REJECT","comment":"晚了","version":%d}""".formatted(o.getInt("version"))), 409);
        problem(Api.post("manager", "/api/v1/dunning/cases/" + other + "/closing", """
                {"comment":"放弃"}"""), 409);

        // payment in part leaves service stopped; payment in full settles and restores (the owner is the contact)
        long stoppedUnit = units.get(1);
        long owner = ok(Api.post("frontdesk", "/api/v1/owners", """
                {"kind":"PERSON","name":"欠费业主","idType":"PASSPORT","idNumber":"E%d","phone":"13900001111"}"""
                .formatted(System.nanoTime() % 100_000_000L)), 201).getJsonNumber("id").longValue();
        ok(Api.post("frontdesk", "/api/v1/owners/" + owner + "/units", """
                {"unitId":%d,"relation":"OWNER"}""".formatted(stoppedUnit)), 201);
        JsonObject balance = Api.get("finance", "/api/v1/units/" + stoppedUnit + "/balance").json();
        BigDecimal due = balance.getJsonNumber("overdue").bigDecimalValue()
                .add(balance.getJsonNumber("lateFees").bigDecimalValue());
        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"1.00","method":"CASH"}""".formatted(stoppedUnit)), 201);
        assertEquals("SERVICE_STOPPED", get(other).getString("state"));
        String receipt = ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"%s","method":"TRANSFER"}""".formatted(stoppedUnit,
                due.subtract(BigDecimal.ONE).toPlainString())), 201).getString("receiptNumber");
        o = get(other);
        assertEquals("SETTLED", o.getString("state"));
        assertNotNull(o.get("closedAt"));
        JsonArray steps = o.getJsonArray("steps");
        assertEquals(List.of("STOP_NOTICE", "STOP_REQUEST", "STOP_APPROVED", "PAYMENT", "RESTORE"),
                steps.stream().map(s -> s.asJsonObject().getString("kind")).toList());
        assertEquals(receipt, steps.getJsonObject(3).getString("outcome"));
        long task = o.getJsonNumber("restoreTaskId").longValue();
        JsonObject t = ok(Api.get("engineer", "/api/v1/tasks/" + task), 200);
        assertEquals("ENGINEERING", t.getString("department"));
        assertEquals("service-restore", t.getString("categoryCode"));
        assertEquals("TO_ASSIGN", t.getString("state"));
        assertEquals(0, ok(Api.get("finance", list), 200).getJsonArray("items").stream()
                .filter(a -> a.asJsonObject().getJsonNumber("unitId").longValue() == stoppedUnit).count(),
                "the unit left the dunning list");
    }

    @Test
    void anObjectionBlocksStopServiceUntilAManagerResolvesIt() {
        long estate = GivenEstates.freshEstate("DO", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, OLD))).getString("state"));
        JsonObject issued = ok(Api.post("manager", "/api/v1/dunning/cases", """
                {"unitIds":[%d]}""".formatted(unit)), 201);
        assertEquals(1, issued.getInt("opened"));
        long id = issued.getJsonArray("cases").getJsonObject(0).getJsonNumber("id").longValue();

        dunningContacts(id, LocalDate.now(ZONE).minusDays(5));
        dunningStep(id, """
                {"kind":"STOP_NOTICE","doneOn":"%s"}""".formatted(LocalDate.now(ZONE).minusDays(5)));
        ok(Api.post("finance", "/api/v1/dunning/cases/" + id + "/stop-request", "{}"), 200);
        assertTrue(inbox("manager").contains(id));
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"OBJECTION"}"""), 400);
        JsonObject c = dunningStep(id, """
                {"kind":"OBJECTION","outcome":"楼上漏水未修好，拒缴物业费"}""");
        assertEquals("DISPUTED", c.getString("state"));
        assertTrue(!inbox("manager").contains(id), "the objection withdrew the request from the inbox");
        assertEquals("楼上漏水未修好，拒缴物业费", c.getString("validReason"));
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/stop-request", "{}"), 409);
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"RESOLVED","outcome":"已协调"}"""), 403);
        c = ok(Api.post("manager", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"RESOLVED","outcome":"工程部已修复漏水"}"""), 201);
        assertEquals("OPEN", c.getString("state"));
        assertTrue(absent(c, "validReason"), c.toString());
        assertTrue(absent(c, "noticePostedOn"), "a new written notice is needed");
        c = ok(Api.post("manager", "/api/v1/dunning/cases/" + id + "/closing", """
                {"comment":"业主已出售房屋，转新业主处理"}"""), 200);
        assertEquals("CLOSED", c.getString("state"));
        assertEquals(1, ok(Api.get("finance", "/api/v1/dunning/cases?estateId=" + estate + "&state=CLOSED"), 200)
                .getJsonNumber("total").longValue());
        assertEquals(0, ok(Api.get("finance", "/api/v1/dunning/cases?estateId=" + estate + "&active=true"), 200)
                .getJsonNumber("total").longValue());
    }

    @Test
    void rentInArrearsEndsInRepossessionThatEndsTheRentContract() {
        long estate = GivenEstates.freshEstate("DR", 1, "SHOP");
        java.util.Map<String, Long> shops = GivenEstates.unitsByCode(estate);
        long shop = shops.get("A-1-0101");
        long noRent = shops.get("A-1-0102");
        JsonObject contract = GivenContracts.create("finance", GivenContracts.body(estate, "" + shop,
                "HT-DR-" + System.nanoTime() % 1_000_000, GivenContracts.rentItem(), "3000.00", OLD.atDay(1),
                OLD.plusMonths(12).atEndOfMonth()));
        // the other shop owes parking only: no rent, no repossession
        GivenContracts.create("finance", GivenContracts.body(estate, "" + noRent, "HT-DP-"
                + System.nanoTime() % 1_000_000, GivenContracts.rentItem(), "300.00", OLD.atDay(1),
                OLD.plusMonths(12).atEndOfMonth()).replace("\"RENT\"", "\"PARKING\""));
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, OLD))).getString("state"));
        JsonObject issued = ok(Api.post("finance", "/api/v1/dunning/cases", """
                {"unitIds":[%d,%d]}""".formatted(shop, noRent)), 201);
        assertEquals(2, issued.getInt("opened"), issued.toString());
        long id = -1;
        long other = -1;
        for (var v : issued.getJsonArray("cases")) {
            JsonObject o = v.asJsonObject();
            if (o.getJsonNumber("unitId").longValue() == shop) {
                id = o.getJsonNumber("id").longValue();
            } else {
                other = o.getJsonNumber("id").longValue();
            }
        }

        problem(Api.post("finance", "/api/v1/dunning/cases/" + other + "/steps", """
                {"kind":"REPOSSESSION_NOTICE"}"""), 400);
        problem(Api.post("manager", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"REPOSSESSION","outcome":"收房"}"""), 409);
        JsonObject c = dunningStep(id, """
                {"kind":"REPOSSESSION_NOTICE","outcome":"已送达收房通知"}""");
        assertEquals(LocalDate.now(ZONE).toString(), c.getString("repossessionNoticeOn"));
        assertEquals("OPEN", c.getString("state"));
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"REPOSSESSION_NOTICE"}"""), 409);
        problem(Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"REPOSSESSION","outcome":"收房"}"""), 403);
        c = ok(Api.post("manager", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"REPOSSESSION","outcome":"已收回商铺钥匙"}"""), 201);
        assertEquals("REPOSSESSED", c.getString("state"));
        assertTrue(absent(c, "nextStep"), c.toString());
        JsonObject ended = ok(Api.get("finance", "/api/v1/contracts/" + contract.getJsonNumber("id")), 200);
        assertEquals("TERMINATED", ended.getString("state"), ended.toString());
        assertTrue(ended.toString().contains("欠租收房"), ended.toString());
        // still owed: a call is recorded, and payment in full settles the case
        dunningStep(id, "{\"kind\":\"CALL\",\"outcome\":\"答应补缴\"}");
        String owed = ok(Api.get("finance", "/api/v1/units/" + shop + "/balance"), 200).getJsonNumber("outstanding")
                .toString();
        ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"%s","method":"TRANSFER"}""".formatted(shop, owed)), 201);
        assertEquals("SETTLED", get(id).getString("state"));
    }
}
