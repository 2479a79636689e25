package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Paid special service (特约服务, R1.2) through the API: quoted by the technician, answered by the owner through the
 * desk, planned only after acceptance, and at completion charged to the unit as a one-off bill (R4.1) — once,
 * however often a dissatisfied callback reopens it; and the same on the task page in headless Chromium. Every test
 * takes units of a fresh estate of its own.
 */
class SpecialServiceIT {
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();
    private static JsonArray units;
    private static long estate;

    @BeforeAll
    static void units() {
        estate = GivenEstates.freshEstate("SS", 2);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
    }

    private static long freshUnit() {
        return units.getJsonObject(NEXT_UNIT.getAndIncrement()).getJsonNumber("id").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    /** A special-service task for the unit, assigned to the technician. */
    private static long assignedService(long unit) {
        JsonObject rec = GivenServiceDesk.reception("frontdesk", estate, unit);
        JsonObject t = GivenServiceDesk.task("frontdesk", id(rec), """
                {"categoryCode":"in-unit-repair","note":"更换厨房水龙头"}""");
        assertEquals("SPECIAL_SERVICE", t.getString("kind"));
        assertTrue(t.getBoolean("quoteRequired"));
        assertTrue(absent(t, "quote"), t.toString());
        assertTrue(absent(t, "chargeBillId"), t.toString());
        GivenServiceDesk.act("engineer", id(t), """
                {"action":"ASSIGN","assignee":"tech"}""");
        return id(t);
    }

    private static Api.Reply quote(String user, long task, String amount, String description) {
        return Api.put(user, "/api/v1/tasks/" + task + "/quote", """
                {"amount":"%s","description":"%s"}""".formatted(amount, description));
    }

    private static Api.Reply answer(String user, long task, boolean accepted, String extra) {
        return Api.post(user, "/api/v1/tasks/" + task + "/quote/acceptance", """
                {"accepted":%s,"acceptedBy":"王先生 138 0592 0001"%s}""".formatted(accepted, extra));
    }

    private static List<JsonObject> bills(long unit) {
        return Api.get("finance", "/api/v1/bills?unitId=" + unit).array().stream().map(JsonValue::asJsonObject)
                .toList();
    }

    @Test
    void theAcceptedQuoteBecomesOneBillOfTheUnit() {
        long unit = freshUnit();
        long task = assignedService(unit);
        String path = "/api/v1/tasks/" + task;

        // no plan before a quote was accepted
        problemCode(Api.post("tech", path + "/actions", "{\"action\":\"PLAN\"}"), 409, "error.task.quoteNotAccepted");
        problemCode(answer("frontdesk", task, true, ""), 409, "error.task.noQuote");

        // quoted by those who work the task; the front desk may not quote
        problemCode(quote("frontdesk", task, "100.00", "换锁"), 403, null);
        problemCode(quote("tech", task, "-1", "换锁"), 400, "error.money");
        problemCode(quote("tech", task, "10.005", "换锁"), 400, "error.money");
        problemCode(quote("tech", task, "100", " "), 400, "error.required");
        JsonObject q = ok(quote("tech", task, "200", "整体更换厨房龙头（含龙头）"), 200);
        assertEquals(new BigDecimal("200.00"), money(q.getJsonObject("quote"), "amount"));
        assertEquals("tech", q.getJsonObject("quote").getString("quotedBy"));
        assertTrue(absent(q.getJsonObject("quote"), "decision"));

        // a new quote replaces a pending one; a refused one is quoted again
        ok(quote("tech", task, "150", "更换阀芯"), 200);
        problemCode(answer("frontdesk", task, false, ",\"consent\":\"BY_PIGEON\""), 400, null);
        problemCode(Api.post("frontdesk", path + "/quote/acceptance", "{\"accepted\":true}"), 400, "error.required");
        JsonObject refused = ok(answer("frontdesk", task, false, ",\"note\":\"太贵\""), 200);
        assertEquals("REFUSED", refused.getJsonObject("quote").getString("decision"));
        assertEquals("PHONE", refused.getJsonObject("quote").getString("consent"));
        assertEquals("frontdesk", refused.getJsonObject("quote").getString("recordedBy"));
        problemCode(answer("frontdesk", task, true, ""), 409, "error.task.quoteDecided");
        problemCode(Api.post("tech", path + "/actions", "{\"action\":\"PLAN\"}"), 409, "error.task.quoteNotAccepted");
        ok(quote("tech", task, "120.50", "只换阀芯，旧龙头保留"), 200);
        JsonObject accepted = ok(answer("tech", task, true, ",\"consent\":\"SIGNATURE\""), 200);
        JsonObject aq = accepted.getJsonObject("quote");
        assertEquals("ACCEPTED", aq.getString("decision"));
        assertEquals("王先生 138 0592 0001", aq.getString("decidedBy"));
        assertEquals("SIGNATURE", aq.getString("consent"));
        assertFalse(absent(aq, "decidedAt"));
        problemCode(quote("tech", task, "90", "便宜点"), 409, "error.task.quoteAccepted");
        assertTrue(bills(unit).isEmpty(), "nothing billed before the work: " + bills(unit));

        // the work: planned, completed at the accepted quote, a different charge refused
        assertEquals("TO_IMPLEMENT", GivenServiceDesk.act("tech", task, "{\"action\":\"PLAN\"}").getString("state"));
        problemCode(Api.post("tech", path + "/actions", """
                {"action":"COMPLETE","charge":150.00,%s}""".formatted(GivenServiceDesk.onSite("已更换阀芯"))), 400,
                "error.task.chargeNotQuoted");
        JsonObject done = GivenServiceDesk.act("tech", task, """
                {"action":"COMPLETE","materials":"阀芯一个",%s}""".formatted(GivenServiceDesk.onSite("已更换阀芯")));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(new BigDecimal("120.50"), money(done.getJsonObject("workOrder"), "charge"));
        long billId = done.getJsonNumber("chargeBillId").longValue();

        List<JsonObject> bills = bills(unit);
        assertEquals(1, bills.size(), bills.toString());
        JsonObject bill = bills.get(0);
        assertEquals(billId, id(bill));
        assertEquals("CHARGE", bill.getString("kind"));
        assertEquals(new BigDecimal("120.50"), money(bill, "total"));
        assertEquals("SPECIAL_SERVICE", bill.getJsonArray("lines").getJsonObject(0).getString("item"));
        assertTrue(bill.getString("description").contains(done.getString("number")), bill.toString());
        assertEquals(new BigDecimal("120.50"), money(ok(Api.get("finance", "/api/v1/units/" + unit + "/balance"),
                200), "outstanding"));

        // a dissatisfied callback reopens it; completing again bills nothing more
        ok(Api.post("frontdesk", path + "/callbacks", "{\"result\":\"DISSATISFIED\",\"comment\":\"还在滴水\"}"), 201);
        assertEquals("TO_IMPLEMENT", Api.get("tech", path).json().getString("state"));
        JsonObject again = GivenServiceDesk.act("tech", task, "{\"action\":\"COMPLETE\","
                + GivenServiceDesk.onSite("重新安装阀芯") + "}");
        assertEquals(billId, again.getJsonNumber("chargeBillId").longValue());
        assertEquals(1, bills(unit).size(), bills(unit).toString());

        JsonObject detail = Api.get("tech", path).json();
        List<String> actions = detail.getJsonArray("history").stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("QUOTE", "REQUOTE", "QUOTE_REFUSED", "QUOTE_ACCEPTED", "PLAN",
                "COMPLETE")), actions.toString());
        assertEquals(billId, detail.getJsonNumber("chargeBillId").longValue());
    }

    @Test
    void aRefusedQuoteLetsTheDeskVoidTheTaskWithoutABill() {
        long unit = freshUnit();
        long task = assignedService(unit);
        ok(quote("tech", task, "80", "疏通下水道"), 200);
        ok(answer("frontdesk", task, false, ",\"consent\":\"IN_PERSON\""), 200);
        assertEquals("VOID", GivenServiceDesk.act("frontdesk", task, """
                {"action":"VOID","comment":"业主拒绝报价"}""").getString("state"));
        problemCode(quote("tech", task, "60", "疏通"), 409, "error.task.quoteNotNow");
        assertTrue(bills(unit).isEmpty(), bills(unit).toString());
    }

    @Test
    void aPublicAreaIsNoPaidSpecialServiceAndARepairIsNotQuoted() {
        JsonObject publicArea = GivenServiceDesk.reception("frontdesk", estate, null);
        problemCode(Api.post("frontdesk", "/api/v1/receptions/" + id(publicArea) + "/tasks", """
                {"categoryCode":"in-unit-repair"}"""), 400, "error.task.specialServiceNeedsUnit");

        JsonObject repair = GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate,
                freshUnit())), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        assertFalse(repair.getBoolean("quoteRequired"));
        GivenServiceDesk.act("engineer", id(repair), "{\"action\":\"ASSIGN\",\"assignee\":\"tech\"}");
        problemCode(quote("tech", id(repair), "10", "x"), 409, "error.task.notQuoted");
    }

    @Test
    void theTaskPageQuotesRecordsTheAnswerAndShowsTheBill() {
        long unit = freshUnit();
        long task = assignedService(unit);
        String page = "/servicedesk/task.xhtml?id=" + task;
        try (Browser tech = new Browser()) {
            tech.loginAndOpen("tech", page);
            tech.waitForText("尚未报价");
            assertTrue(tech.driver.findElements(By.cssSelector("[id$='form:plan']")).isEmpty(),
                    "no plan before the owner accepted a quote");
            tech.type("input[id$='amount_input']", "88");
            tech.type("textarea[id$='form:description']", "更换卫生间地漏");
            tech.press("[id$='saveQuote']");
            tech.waitForText("已报价");
            tech.waitForText("待业主答复");
            tech.screenshot("task-quote-tech");
        }
        try (Browser desk = new Browser()) {
            desk.loginAndOpen("frontdesk", page);
            desk.waitForText("更换卫生间地漏");
            desk.type("input[id$='acceptedBy']", "王先生");
            desk.press("[id$='acceptQuote']");
            desk.press(".ui-confirmdialog-yes");
            desk.waitForText("业主接受报价");
            desk.waitForText("已接受");
            desk.screenshot("task-quote-accepted-frontdesk");
        }
        try (Browser tech = new Browser()) {
            tech.loginAndOpen("tech", page);
            tech.press("[id$='form:plan']");
            tech.waitForText("待实施");
            tech.press("[id$='form:complete']");
            tech.typeDate("input[id$='arrivedAt_input']", GivenServiceDesk.arrivedOnThePage());
            tech.type("textarea[id$='workDone']", "已更换地漏");
            tech.type("input[id$='notSignedReason']", "业主不在家，租户确认");
            tech.press("[id$='saveComplete']");
            tech.waitForText("已完成");
            tech.waitForText("收费账单");
            long bill = Api.get("tech", "/api/v1/tasks/" + task).json().getJsonNumber("chargeBillId").longValue();
            assertEquals(Long.toString(bill), tech.find("#quoteBill").getText());
            tech.screenshot("task-quote-billed-tech");
        }
        assertEquals(new BigDecimal("88.00"), money(bills(unit).get(0), "total"));
    }
}
