package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-off charges and refundable deposits (R4.1, R3.5) through the API: a charge by hand paid first when chosen,
 * wrong charges refused without a trace, a deposit taken, kept apart from bills and income, and settled — the fine
 * paid from it, the rest paid back, the settlement final; a deposit taken by mistake reversed and cancelled.
 */
class ChargesIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth OLD = GivenBilling.PERIOD.minusMonths(2);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject balance(long unit) {
        return ok(Api.get("finance", "/api/v1/units/" + unit + "/balance"), 200);
    }

    private static JsonArray bills(long unit) {
        return Api.get("finance", "/api/v1/bills?unitId=" + unit).array();
    }

    private static JsonObject bill(long unit, long id) {
        for (JsonValue v : bills(unit)) {
            if (id(v.asJsonObject()) == id) {
                return v.asJsonObject();
            }
        }
        throw new IllegalStateException("no bill " + id);
    }

    private static JsonObject charge(long unit, String item, String amount, String description) {
        return ok(Api.post("finance", "/api/v1/units/" + unit + "/charges", """
                {"description":"%s","lines":[{"item":"%s","amount":"%s"}]}""".formatted(description, item, amount)),
                201);
    }

    @Test
    void aChargeIsPaidFirstWhenChosenAndADepositIsHeldThenSettled() {
        long estate = GivenEstates.freshEstate("CH", 1);
        GivenBilling.rates(estate);
        List<Long> units = GivenEstates.units(estate);
        long unit = units.get(0);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, OLD))).getString("state"));
        BigDecimal monthly = money(balance(unit), "outstanding");
        assertTrue(monthly.signum() > 0);

        // wrong charges: refused with a field, nothing written
        String charges = "/api/v1/units/" + unit + "/charges";
        problem(Api.post("frontdesk", charges, """
                {"description":"x","lines":[{"item":"DAMAGE","amount":"10.00"}]}"""), 403);
        problem(Api.post("finance", charges, """
                {"description":"按面积的月度项目","lines":[{"item":"PROPERTY","amount":"10.00"}]}"""), 400);
        problem(Api.post("finance", charges, """
                {"description":"三位小数","lines":[{"item":"DAMAGE","amount":"10.005"}]}"""), 400);
        problem(Api.post("finance", charges, """
                {"description":"第二行错","lines":[{"item":"DAMAGE","amount":"10.00"},{"item":"NOPE","amount":"1"}]}"""),
                400);
        problem(Api.post("finance", charges, "{\"description\":\"没有项目\",\"lines\":[]}"), 400);
        problem(Api.post("finance", charges, "{\"lines\":[{\"item\":\"DAMAGE\",\"amount\":\"10.00\"}]}"), 400);
        assertEquals(1, bills(unit).size(), "no charge was written: " + bills(unit));

        JsonObject damage = charge(unit, "DAMAGE", "150.00", "损坏单元门禁");
        assertEquals("CHARGE", damage.getString("kind"));
        assertEquals("损坏单元门禁", damage.getString("description"));
        assertEquals(d("150.00"), money(damage, "total"));
        assertEquals(LocalDate.now(ZONE).toString(), damage.getString("dueOn"), "due at once");
        assertEquals(YearMonth.now(ZONE).toString(), damage.getString("period"));
        assertEquals("DAMAGE", damage.getJsonArray("lines").getJsonObject(0).getString("item"));
        assertEquals(monthly.add(d("150.00")), money(balance(unit), "outstanding"));
        assertEquals(2, bills(unit).size());
        assertEquals("CHARGE", Api.get("finance", "/api/v1/bills?unitId=" + unit + "&period=" + YearMonth.now(ZONE))
                .array().getJsonObject(0).getString("kind"));

        // "pay this bill": the charge first although the monthly bill is older; a bill of another unit is refused
        problem(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"150.00","method":"CASH","billId":%d}""".formatted(units.get(1), id(damage))),
                400);
        JsonObject paid = ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"150.00","method":"CASH","billId":%d}""".formatted(unit, id(damage))), 201);
        assertEquals(1, paid.getJsonArray("allocations").size());
        assertEquals(id(damage), paid.getJsonArray("allocations").getJsonObject(0).getJsonNumber("billId").longValue());
        assertEquals("PAID", bill(unit, id(damage)).getString("state"));
        assertEquals(monthly, money(balance(unit), "outstanding"), "the monthly bill is still owed");

        // a deposit: due, taken with a receipt, kept out of the balance
        String deposits = "/api/v1/units/" + unit + "/deposits";
        problem(Api.post("frontdesk", deposits, "{\"description\":\"工具押金\",\"amount\":\"500.00\"}"), 403);
        problem(Api.post("finance", deposits, "{\"description\":\"工具押金\",\"amount\":\"-5\"}"), 400);
        JsonObject deposit = ok(Api.post("finance", deposits, """
                {"kind":"OTHER","description":"借用工具押金","amount":"500.00"}"""), 201);
        assertEquals("DUE", deposit.getString("state"));
        String take = "/api/v1/deposits/" + id(deposit) + "/payments";
        problem(Api.post("finance", take, "{\"method\":\"DEPOSIT\"}"), 400);
        JsonObject taken = ok(Api.post("finance", take, "{\"method\":\"CASH\"}"), 201);
        assertEquals(d("500.00"), money(taken, "amount"));
        assertEquals(id(deposit), taken.getJsonNumber("depositId").longValue());
        problem(Api.post("finance", take, "{\"method\":\"CASH\"}"), 409);
        assertEquals(monthly, money(balance(unit), "outstanding"), "a deposit is no bill");
        assertEquals("HELD", ok(Api.get("finance", "/api/v1/deposits/" + id(deposit)), 200).getString("state"));

        // settling: a bill of another unit is refused and changes nothing; then the fine is kept, the rest paid back
        JsonObject fine = charge(unit, "FINE", "120.00", "违规占用公共走道");
        JsonObject other = charge(units.get(1), "FINE", "50.00", "别户罚款");
        String settle = "/api/v1/deposits/" + id(deposit) + "/settlement";
        problem(Api.post("finance", settle, """
                {"deductBillIds":[%d],"method":"CASH"}""".formatted(id(other))), 400);
        assertEquals("HELD", ok(Api.get("finance", "/api/v1/deposits/" + id(deposit)), 200).getString("state"));
        problem(Api.post("frontdesk", settle, """
                {"deductBillIds":[%d],"method":"CASH"}""".formatted(id(fine))), 403);
        JsonObject settled = ok(Api.post("finance", settle, """
                {"deductBillIds":[%d],"method":"CASH"}""".formatted(id(fine))), 200);
        JsonObject after = settled.getJsonObject("deposit");
        assertEquals("REFUNDED", after.getString("state"));
        assertEquals(d("120.00"), money(after, "deducted"));
        assertEquals(d("380.00"), money(after, "refunded"));
        JsonObject deduction = settled.getJsonObject("deduction");
        assertEquals("DEPOSIT", deduction.getString("method"));
        assertEquals(d("120.00"), money(deduction, "amount"));
        assertEquals(id(fine), deduction.getJsonArray("allocations").getJsonObject(0).getJsonNumber("billId")
                .longValue());
        JsonObject refund = settled.getJsonObject("refund");
        assertEquals(d("-380.00"), money(refund, "amount"));
        assertEquals("CASH", refund.getString("method"));
        assertEquals("PAID", bill(unit, id(fine)).getString("state"));
        problem(Api.post("finance", settle, "{\"method\":\"CASH\"}"), 409);
        for (JsonObject p : List.of(taken, deduction, refund)) {
            problem(Api.post("finance", "/api/v1/payments/" + id(p) + "/reversal", "{\"reason\":\"试试\"}"), 409);
        }
        assertEquals(3, ok(Api.get("finance", "/api/v1/deposits/" + id(deposit)), 200).getJsonArray("payments")
                .size());
        Api.Download refundReceipt = Api.download("finance", "/api/v1/payments/" + id(refund) + "/receipt");
        assertEquals(200, refundReceipt.status());
        PdfText printed = PdfText.of(refundReceipt.body());
        assertTrue(printed.contains("退还借用工具押金") && printed.contains("负叁佰捌拾元整"), printed.text());

        // a deposit taken by mistake: the taking is reversed (due again), then cancelled
        JsonObject second = ok(Api.post("finance", deposits, """
                {"kind":"WORKER_PASS","description":"出入证押金","amount":"100.00"}"""), 201);
        JsonObject secondTaken = ok(Api.post("finance", "/api/v1/deposits/" + id(second) + "/payments",
                "{\"method\":\"CARD\"}"), 201);
        ok(Api.post("finance", "/api/v1/payments/" + id(secondTaken) + "/reversal", "{\"reason\":\"收错房间\"}"),
                201);
        assertEquals("DUE", ok(Api.get("finance", "/api/v1/deposits/" + id(second)), 200).getString("state"));
        JsonObject cancelled = ok(Api.post("finance", "/api/v1/deposits/" + id(second) + "/cancellation", "{}"), 200);
        assertEquals("CANCELLED", cancelled.getString("state"));
        JsonArray listed = ok(Api.get("finance", "/api/v1/deposits?unitId=" + unit), 200).getJsonArray("items");
        assertEquals(List.of("CANCELLED", "REFUNDED"), listed.stream().map(v -> v.asJsonObject().getString("state"))
                .toList());
        assertEquals(1, ok(Api.get("finance", "/api/v1/deposits?estateId=" + estate + "&state=REFUNDED"), 200)
                .getInt("total"));

        // income of the month: the charge paid in cash and the fine kept from the deposit; deposits are held money
        JsonObject income = null;
        for (JsonValue v : Api.get("finance", "/api/v1/billing/statements/income?period=" + YearMonth.now(ZONE))
                .array()) {
            if (v.asJsonObject().getJsonNumber("estateId").longValue() == estate) {
                income = v.asJsonObject();
            }
        }
        assertEquals(d("150.00"), money(income.getJsonObject("byMethod"), "CASH"), income.toString());
        assertEquals(d("120.00"), money(income.getJsonObject("byMethod"), "DEPOSIT"), income.toString());
        assertEquals(d("0.00"), money(income.getJsonObject("byMethod"), "CARD"), income.toString());
        assertEquals(d("270.00"), money(income, "total"));
    }

    @Test
    void aRunOfTheMonthStillBillsAUnitWithACharge() {
        long estate = GivenEstates.freshEstate("CR", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        YearMonth now = YearMonth.now(ZONE);
        charge(unit, "OTHER", "30.00", "补办门禁卡");
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, now))).getString("state"));
        JsonArray ofMonth = Api.get("finance", "/api/v1/bills?unitId=" + unit + "&period=" + now).array();
        assertEquals(List.of("CHARGE", "MONTHLY"), ofMonth.stream().map(v -> v.asJsonObject().getString("kind"))
                .sorted().toList(), ofMonth.toString());
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, now))).getString("state"));
        assertEquals(2, Api.get("finance", "/api/v1/bills?unitId=" + unit + "&period=" + now).array().size(),
                "a second run adds nothing");
    }
}
