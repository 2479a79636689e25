package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prepaid balances (R4.8) through the API: a deposit with its receipt, deductions that pay the oldest bills, the
 * warning when the balance falls below the threshold (listed, and mailed to the owner), reversals both ways, and
 * the bulk deduction of an estate.
 */
class PrepaidIT {
    private static final YearMonth OLD = GivenBilling.PERIOD.minusMonths(3);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static JsonObject balance(long unit) {
        return ok(Api.get("finance", "/api/v1/units/" + unit + "/balance"), 200);
    }

    private static void bill(long estate, YearMonth period) {
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, period))).getString("state"));
    }

    @Test
    void depositsPayTheOldestBillsAndALowBalanceWarnsTheOwnerOnce() {
        long estate = GivenEstates.freshEstate("PP", 1);
        GivenBilling.rates(estate);
        List<Long> units = GivenEstates.units(estate);
        long unit = units.get(0);
        long owner = ok(Api.post("frontdesk", "/api/v1/owners", """
                {"kind":"PERSON","name":"预存业主","idType":"PASSPORT","idNumber":"P%d","phone":"13900002222",
                 "email":"prepaid.owner@example.com"}""".formatted(System.nanoTime() % 100_000_000L)), 201)
                .getJsonNumber("id").longValue();
        ok(Api.post("frontdesk", "/api/v1/owners/" + owner + "/units", """
                {"unitId":%d,"relation":"OWNER"}""".formatted(unit)), 201);
        bill(estate, OLD);

        String pay = "/api/v1/payments";
        assertEquals(403, Api.post("frontdesk", pay, """
                {"unitId":%d,"amount":"300.00","method":"CASH","prepaid":true}""".formatted(unit)).status());
        assertEquals(400, Api.post("finance", pay, """
                {"unitId":%d,"amount":"10.00","method":"PREPAID"}""".formatted(unit)).status());
        JsonObject deposit = ok(Api.post("finance", pay, """
                {"unitId":%d,"amount":"300.00","method":"CASH","prepaid":true}""".formatted(unit)), 201);
        assertTrue(deposit.getBoolean("prepaid"));
        assertEquals(0, deposit.getJsonArray("allocations").size(), "a deposit pays no bill");
        assertEquals(d("221.80"), money(balance(unit), "outstanding"));
        assertEquals(d("300.00"), money(balance(unit), "prepaid"));
        assertEquals(200, Api.download("finance", pay + "/" + deposit.getJsonNumber("id") + "/receipt").status());

        String deduct = "/api/v1/units/" + unit + "/prepaid/deductions";
        assertEquals(403, Api.post("frontdesk", deduct, "").status());
        assertEquals(404, Api.post("manager2", deduct, "").status());
        JsonObject first = ok(Api.post("finance", deduct, ""), 201);
        assertEquals("PREPAID", first.getString("method"));
        assertEquals(d("221.80"), money(first, "amount"));
        assertEquals(d("0.00"), money(balance(unit), "outstanding"));
        assertEquals(d("78.20"), money(balance(unit), "prepaid"));
        assertEquals(400, Api.post("finance", deduct, "").status(), "nothing owed");

        bill(estate, OLD.plusMonths(1));
        JsonObject second = ok(Api.post("finance", deduct, ""), 201);
        assertEquals(d("78.20"), money(second, "amount"), "the balance pays what it can");
        assertEquals(d("143.60"), money(balance(unit), "outstanding"));
        JsonObject prepaid = ok(Api.get("finance", "/api/v1/units/" + unit + "/prepaid"), 200);
        assertEquals(d("0.00"), money(prepaid, "balance"));
        assertTrue(prepaid.getBoolean("low") && prepaid.getBoolean("warned"), prepaid.toString());
        assertEquals(List.of("DEDUCTION", "DEDUCTION", "DEPOSIT"), prepaid.getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("kind")).toList());
        JsonArray low = Api.get("finance", "/api/v1/billing/prepaid/low?estateId=" + estate).array();
        assertEquals(1, low.size());
        assertEquals(unit, low.getJsonObject(0).getJsonNumber("unitId").longValue());
        JsonArray mails = Api.get("manager", "/api/v1/notifications?targetType=unit&targetId=" + unit).array();
        assertEquals(1, mails.size(), "the owner is warned once: " + mails);
        assertEquals("prepaid.owner@example.com", mails.getJsonObject(0).getString("recipient"));

        // a used deposit cannot be reversed; a reversed deduction gives the balance back
        assertEquals(409, Api.post("finance", pay + "/" + deposit.getJsonNumber("id") + "/reversal",
                "{\"reason\":\"录错\"}").status());
        ok(Api.post("finance", pay + "/" + second.getJsonNumber("id") + "/reversal", "{\"reason\":\"业主要求\"}"), 201);
        assertEquals(d("78.20"), money(balance(unit), "prepaid"));
        assertEquals(d("221.80"), money(balance(unit), "outstanding"));
        assertEquals(0, Api.get("finance", "/api/v1/billing/prepaid/low?estateId=" + estate).array().size(),
                "back above the threshold");

        // the estate's bulk deduction pays every unit with a balance
        ok(Api.post("finance", pay, """
                {"unitId":%d,"amount":"500","method":"TRANSFER","prepaid":true}""".formatted(units.get(1))), 201);
        JsonObject bulk = ok(Api.post("finance", "/api/v1/billing/prepaid/deductions",
                "{\"estateId\":" + estate + "}"), 201);
        assertEquals(2, bulk.getInt("deducted"), bulk.toString());
        assertEquals(d("0.00"), money(balance(units.get(1)), "outstanding"));
        assertEquals(d("56.40"), money(balance(units.get(1)), "prepaid"));
        assertEquals(d("143.60"), money(balance(unit), "outstanding"), "78.20 paid again from the given-back balance");
    }
}
