package org.estatedesk.it;

import static org.estatedesk.it.Api.problemAt;
import static org.estatedesk.it.GivenContracts.body;
import static org.estatedesk.it.GivenContracts.create;
import static org.estatedesk.it.GivenContracts.rentItem;
import static org.estatedesk.it.GivenEstates.unitsByCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contracts (R4.1) through the API against the running server: create, read, update with the version, terminate;
 * refusals 400 (naming the field), 403, 404, 409; the monthly billing run bills a contract in force as a line of its
 * unit's bill once (a run failed midway and restarted, then a second run that adds nothing), prorated by days in a
 * partial month, a space without a unit on its space unit, and neither an expired contract nor a draft.
 */
class ContractApiIT {
    private static final YearMonth PERIOD = GivenBilling.PERIOD;

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    /** The unit's deposits whose source is the contract. */
    private static List<JsonObject> contractDeposits(long estate, long contract) {
        return Api.get("finance", "/api/v1/deposits?estateId=" + estate).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("source").equals("CONTRACT:" + contract
                        + ":DEPOSIT")).toList();
    }

    @Test
    void anActiveContractAsksItsDepositThroughBillingAndItsAmountIsFixedOnceTaken() {
        long estate = GivenEstates.freshEstate("CD", 1, "SHOP");
        long item = rentItem();
        long shop = unitsByCode(estate).get("A-1-0101");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String code = "HT-" + suffix();
        JsonObject c = create("finance", body(estate, "" + shop, code, item, "3000.00", today, today.plusYears(1)));
        long id = c.getJsonNumber("id").longValue();
        List<JsonObject> asked = contractDeposits(estate, id);
        assertEquals(1, asked.size(), asked.toString());
        JsonObject deposit = asked.get(0);
        assertEquals("CONTRACT", deposit.getString("kind"));
        assertEquals("DUE", deposit.getString("state"));
        assertEquals(new BigDecimal("6000.00"), money(deposit, "amount"));
        assertEquals(shop, deposit.getJsonNumber("unitId").longValue());

        // new terms change the deposit while it is due
        String more = body(estate, null, code, item, "3000.00", today, today.plusYears(1)).replace("6000.00",
                "8000.00").replace("{", "{\"version\":" + c.getInt("version") + ",");
        JsonObject changed = Api.put("finance", "/api/v1/contracts/" + id, more).json();
        assertEquals(new BigDecimal("8000.00"), money(contractDeposits(estate, id).get(0), "amount"));

        // taken at the cashier, its amount is fixed: other terms still change, a new deposit is refused
        long depositId = deposit.getJsonNumber("id").longValue();
        Api.Reply taken = Api.post("finance", "/api/v1/deposits/" + depositId + "/payments", "{\"method\":\"CASH\"}");
        assertEquals(201, taken.status(), taken.body());
        String dearer = body(estate, null, code, item, "3000.00", today, today.plusYears(1)).replace("6000.00",
                "9000.00").replace("{", "{\"version\":" + changed.getInt("version") + ",");
        problemAt(Api.put("finance", "/api/v1/contracts/" + id, dearer), 409, null);
        JsonObject held = contractDeposits(estate, id).get(0);
        assertEquals("HELD", held.getString("state"));
        assertEquals(new BigDecimal("8000.00"), money(held, "amount"), "the refused change changed nothing");
        String longer = body(estate, null, code, item, "3100.00", today, today.plusYears(2)).replace("6000.00",
                "8000.00").replace("{", "{\"version\":" + changed.getInt("version") + ",");
        Api.Reply renewed = Api.put("finance", "/api/v1/contracts/" + id, longer);
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(1, contractDeposits(estate, id).size());
    }

    @Test
    void contractsAreCreatedReadChangedWithTheirVersionAndTerminatedAndBadInputIsRefused() {
        long estate = GivenEstates.freshEstate("CT", 1, "SHOP");
        long other = GivenEstates.freshEstate("CU", 1, "SHOP");
        long item = rentItem();
        long shop = unitsByCode(estate).get("A-1-0101");
        long otherShop = unitsByCode(other).get("A-1-0101");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String code = "HT-" + suffix();

        problemAt(Api.post("frontdesk", "/api/v1/contracts", body(estate, "" + shop, code, item, "3000.00",
                today.minusMonths(2), today.plusDays(20))), 403, null);
        problemAt(Api.post("finance", "/api/v1/contracts", body(estate, "" + shop, code, item, "3000.005",
                today.minusMonths(2), today.plusDays(20))), 400, "monthlyAmount");
        problemAt(Api.post("finance", "/api/v1/contracts", body(estate, "" + shop, code, item, "3000.00",
                today, today.minusDays(1))), 400, "endDate");
        problemAt(Api.post("finance", "/api/v1/contracts", body(estate, "" + shop, code, 999_999_999L,
                "3000.00", today, today.plusYears(1))), 400, "feeItemId");
        problemAt(Api.post("finance", "/api/v1/contracts", body(estate, "" + otherShop, code, item, "3000.00",
                today, today.plusYears(1))), 400, "unitId");
        problemAt(Api.post("finance", "/api/v1/contracts", body(estate, null, code, item, "3000.00",
                today, today.plusYears(1))), 400, "unitId");
        problemAt(Api.post("manager2", "/api/v1/contracts", body(estate, "" + shop, code, item, "3000.00",
                today, today.plusYears(1))), 404, null);

        JsonObject c = create("finance", body(estate, "" + shop, code, item, "3000.00", today.minusMonths(2),
                today.plusDays(20)));
        long id = c.getJsonNumber("id").longValue();
        assertEquals("ACTIVE", c.getString("state"));
        assertEquals("A-1-0101", c.getString("unitCode"));
        assertEquals(new BigDecimal("3000.00"), money(c, "monthlyAmount"));
        assertTrue(c.toString().contains("\"monthlyAmount\":3000.00"), c.toString());
        assertEquals(20, c.getInt("daysToEnd"));
        problemAt(Api.post("finance", "/api/v1/contracts", body(estate, "" + shop, code, item, "3000.00",
                today, today.plusYears(1))), 409, null);

        assertEquals(code, Api.get("frontdesk", "/api/v1/contracts/" + id).json().getString("code"),
                "staff read within their scope");
        problemAt(Api.get("frontdesk2", "/api/v1/contracts/" + id), 404, null);
        problemAt(Api.get("manager2", "/api/v1/contracts?estateId=" + estate), 404, null);
        problemAt(Api.get("finance", "/api/v1/contracts?kind=HOUSE"), 400, null);

        JsonArray rent = Api.get("finance", "/api/v1/contracts?estateId=" + estate + "&kind=RENT&state=ACTIVE")
                .json().getJsonArray("items");
        assertEquals(1, rent.size(), rent.toString());
        JsonArray expiring = Api.get("manager", "/api/v1/contracts?estateId=" + estate + "&expiringWithinDays=30")
                .json().getJsonArray("items");
        assertEquals(List.of(id), expiring.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList());
        assertEquals(0, Api.get("manager", "/api/v1/contracts?estateId=" + estate + "&expiringWithinDays=10")
                .json().getJsonArray("items").size());

        int version = c.getInt("version");
        String renewed = body(estate, null, code, item, "3200.50", today.minusMonths(2), today.plusYears(1))
                .replace("{", "{\"version\":" + version + ",");
        JsonObject changed = Api.put("finance", "/api/v1/contracts/" + id, renewed).json();
        assertEquals(new BigDecimal("3200.50"), money(changed, "monthlyAmount"), changed.toString());
        assertEquals(version + 1, changed.getInt("version"));
        problemAt(Api.put("finance", "/api/v1/contracts/" + id, renewed), 409, null);
        problemAt(Api.put("finance", "/api/v1/contracts/" + id, renewed.replace("\"version\":" + version,
                "\"version\":" + (version + 1)).replace("3200.50", "1.001")), 400, "monthlyAmount");

        problemAt(Api.post("finance", "/api/v1/contracts/" + id + "/termination", """
                {"date":"%s","reason":"提前退租"}""".formatted(today.plusYears(2))), 400, "date");
        problemAt(Api.post("frontdesk", "/api/v1/contracts/" + id + "/termination", """
                {"date":"%s","reason":"提前退租"}""".formatted(today)), 403, null);
        JsonObject ended = Api.post("manager", "/api/v1/contracts/" + id + "/termination", """
                {"date":"%s","reason":"提前退租"}""".formatted(today)).json();
        assertEquals("TERMINATED", ended.getString("state"), ended.toString());
        assertEquals(today.toString(), ended.getString("terminatedOn"));
        problemAt(Api.post("manager", "/api/v1/contracts/" + id + "/termination", """
                {"date":"%s","reason":"again"}""".formatted(today)), 409, null);

        // a shop administrator (商铺管理员) writes contracts too; the front desk only reads (above)
        long company = c.getJsonNumber("companyId").longValue();
        String shopAdmin = "shop" + suffix().toLowerCase();
        assertEquals(201, Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"商铺管理员","password":"secret-123","companyId":%d,
                 "roles":["SHOP_ADMIN"],"scopes":[{"companyId":%d}]}""".formatted(shopAdmin, company, company))
                .status());
        Api.Reply byShopAdmin = Api.send(shopAdmin, "secret-123", java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE + "/api/v1/contracts")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body(estate, "" + unitsByCode(estate)
                        .get("A-1-0102"), "SA-" + code, item, "1200.00", today, today.plusYears(1)))));
        assertEquals(201, byShopAdmin.status(), byShopAdmin.body());

        // an advertising space that is not a unit: billed on a space unit of its code
        JsonObject ad = create("manager", """
                {"estateId":%d,"spaceCode":"AD-%s","location":"南门广告牌","code":"AD-%s","kind":"MULTI_BUSINESS",
                 "business":"ADVERTISING","partyName":"鹭岛广告","feeItemId":%d,"monthlyAmount":800,
                 "startDate":"%s","endDate":"%s"}""".formatted(estate, code, code, item, today.minusYears(1),
                today.minusDays(1)));
        assertEquals("AD-" + code, ad.getString("unitCode"));
        assertEquals("ADVERTISING", ad.getString("business"));
        assertTrue(unitsByCode(estate).containsKey("AD-" + code));
        JsonArray pastEnd = Api.get("manager", "/api/v1/contracts?estateId=" + estate + "&expiringWithinDays=0")
                .json().getJsonArray("items");
        assertEquals(1, pastEnd.size(), "an expired one still ACTIVE is listed: " + pastEnd);
        assertEquals(1, Api.post("manager", "/api/v1/contracts/expiry", "{\"estateId\":" + estate + "}").json()
                .getInt("expired"));
        assertEquals("EXPIRED", Api.get("manager", "/api/v1/contracts/" + ad.getInt("id")).json()
                .getString("state"));

        String openapi = Api.get(null, "/openapi").body();
        assertTrue(openapi.contains("/api/v1/contracts/{id}/termination"), "in the OpenAPI document");
    }

    @Test
    void theBillingRunBillsContractsInForceOnTheirUnitsOnceProratedAndNeitherExpiredNorDraft() {
        long estate = GivenEstates.freshEstate("CB", 1, "SHOP");
        long item = rentItem();
        Map<String, Long> units = unitsByCode(estate);
        long full = units.get("A-1-0101");
        long partial = units.get("A-1-0102");
        long expired = units.get("A-1-0103");
        long draft = units.get("A-1-0104");
        String s = suffix();
        LocalDate first = PERIOD.atDay(1);
        create("finance", body(estate, "" + full, "F-" + s, item, "3000.00", first.minusYears(1),
                first.plusYears(1)));
        create("finance", body(estate, "" + partial, "P-" + s, item, "3100.00", PERIOD.atDay(11),
                first.plusYears(2)));
        create("finance", body(estate, "" + expired, "E-" + s, item, "5000.00", first.minusYears(1),
                first.minusDays(1)));
        create("finance", body(estate, "" + draft, "D-" + s, item, "700.00", first, first.plusYears(1))
                .replace("{", "{\"draft\":true,"));
        create("finance", """
                {"estateId":%d,"spaceCode":"P-%s","location":"地下车库 B1-018","spaceArea":"12.50","code":"CW-%s","kind":"PARKING",
                 "partyName":"王先生","feeItemId":%d,"monthlyAmount":"150.00","startDate":"%s","endDate":"%s"}"""
                .formatted(estate, s, s, item, first.minusMonths(3), first.plusMonths(9)));
        long space = unitsByCode(estate).get("P-" + s);

        // by hand: 3000.00 for the whole month; 3100.00 × (days − 10) / days from the 11th, half-up; 150.00
        int days = PERIOD.lengthOfMonth();
        BigDecimal prorated = new BigDecimal("3100.00").multiply(BigDecimal.valueOf(days - 10))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        BigDecimal expected = new BigDecimal("3150.00").add(prorated);

        JsonObject dry = GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, PERIOD)));
        assertEquals("COMPLETED", dry.getString("state"), dry.toString());
        assertEquals(expected, money(dry, "amountTotal"));
        JsonArray items = Api.get("finance", "/api/v1/billing/runs/" + dry.getInt("id") + "/comparison").array();
        assertEquals(1, items.size(), items.toString());
        assertEquals(3, items.getJsonObject(0).getInt("lines"), "the dry run's totals per item count contracts");
        assertEquals(expected, money(items.getJsonObject(0), "amount"));

        // a run that fails after its first chunk (the two first shops) and is restarted: the bills of a clean run
        long started = GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false,"chunkSize":2,"failAfterUnits":2}"""
                .formatted(estate, PERIOD));
        JsonObject failed = GivenBilling.finished(started);
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertEquals(2, failed.getInt("unitsBilled"));
        assertEquals(202, Api.post("finance", "/api/v1/billing/runs/" + started + "/restart", "{}").status());
        JsonObject run = GivenBilling.finished(started);
        assertEquals("COMPLETED", run.getString("state"), run.toString());
        assertEquals(3, run.getInt("billsCreated"));
        assertEquals(expected, money(run, "amountTotal"));

        JsonArray bill = GivenBilling.bills(full, PERIOD);
        assertEquals(1, bill.size());
        JsonObject line = bill.getJsonObject(0).getJsonArray("lines").getJsonObject(0);
        assertEquals(new BigDecimal("3000.00"), money(line, "amount"));
        assertEquals(0, BigDecimal.ONE.compareTo(line.getJsonNumber("quantity").bigDecimalValue()));
        JsonObject part = GivenBilling.bills(partial, PERIOD).getJsonObject(0).getJsonArray("lines")
                .getJsonObject(0);
        assertEquals(prorated, money(part, "amount"));
        assertEquals(days - 10, part.getJsonNumber("quantity").intValue(), "quantity: the days in force");
        assertEquals(new BigDecimal("150.00"), money(GivenBilling.bills(space, PERIOD).getJsonObject(0), "total"));
        assertEquals(0, GivenBilling.bills(expired, PERIOD).size(), "an expired contract is not billed");
        assertEquals(0, GivenBilling.bills(draft, PERIOD).size(), "a draft is not billed");

        JsonObject again = GivenBilling.finished(GivenBilling.start("manager", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, PERIOD)));
        assertEquals("COMPLETED", again.getString("state"));
        assertEquals(0, again.getInt("billsCreated"));
        assertEquals(1, GivenBilling.bills(full, PERIOD).size(), "once per unit and period");
        assertEquals(1, GivenBilling.bills(partial, PERIOD).size());
    }
}
