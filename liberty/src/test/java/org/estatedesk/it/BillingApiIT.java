package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.GivenBilling.PERIOD;
import static org.estatedesk.it.GivenBilling.bills;
import static org.estatedesk.it.GivenBilling.finished;
import static org.estatedesk.it.GivenBilling.rates;
import static org.estatedesk.it.GivenBilling.start;
import static org.estatedesk.it.GivenEstates.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The monthly billing run (R4.3) through the API against the running server: a dry run writes nothing, a run bills
 * every unit once with the amounts computed here by hand from the inputs, a second run adds nothing, a run failed
 * midway and restarted ends with exactly the bills of a clean run; meter readings (R4.2); payments allocated
 * oldest first with gapless receipts, reversal and daily closing (R4.4); roles and data scope.
 */
class BillingApiIT {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void aRunBillsEveryUnitOnceAndASecondRunAddsNothing() {
        long estate = GivenEstates.freshEstate("BL", 3);
        rates(estate);
        List<Long> units = units(estate);
        assertEquals(12, units.size());
        long first = units.get(0);
        long second = units.get(1);
        assertEquals(201, Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"100.00"}"""
                .formatted(first, PERIOD.minusMonths(1))).status());
        assertEquals(201, Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":103.25}""".formatted(first, PERIOD))
                .status());
        assertEquals(201, Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"7.5"}""".formatted(second, PERIOD))
                .status());
        // by hand: 88.00 m² × 2.35 = 206.80; garbage 15.00; hot water 3.25 × 25 = 81.25 and 7.50 × 25 = 187.50
        BigDecimal perUnit = d("221.80");
        BigDecimal expected = perUnit.multiply(BigDecimal.valueOf(12)).add(d("81.25")).add(d("187.50"));

        problem(Api.post("frontdesk", "/api/v1/billing/runs", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, PERIOD)), 403);
        problem(Api.post("finance", "/api/v1/billing/runs", """
                {"estateIds":[%d],"period":"2026-13","dryRun":true}""".formatted(estate)), 400);
        problem(Api.post("finance", "/api/v1/billing/runs", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, PERIOD.plusMonths(3))), 400);
        problem(Api.post("manager2", "/api/v1/billing/runs", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, PERIOD)), 404);

        JsonObject dry = finished(start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, PERIOD)));
        assertEquals("COMPLETED", dry.getString("state"), dry.toString());
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(PERIOD.toString(), dry.getString("period"));
        assertEquals(12, dry.getInt("unitsTotal"));
        assertEquals(12, dry.getInt("unitsBilled"));
        assertEquals(expected, money(dry, "amountTotal"));
        assertEquals(0, bills(first, PERIOD).size(), "a dry run writes no bill");
        JsonArray comparison = Api.get("finance", "/api/v1/billing/runs/" + dry.getInt("id") + "/comparison").array();
        assertEquals(3, comparison.size(), comparison.toString());
        assertEquals(d("2481.60"), money(comparison.getJsonObject(2), "amount"), "12 × 206.80 property fees");
        assertEquals(d("2481.60"), money(comparison.getJsonObject(2), "difference"), "nothing billed last month");

        JsonObject real = finished(start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, PERIOD)));
        assertEquals("COMPLETED", real.getString("state"), real.toString());
        assertEquals(12, real.getInt("unitsTotal"));
        assertEquals(12, real.getInt("unitsBilled"));
        assertEquals(12, real.getInt("billsCreated"));
        assertEquals(expected, money(real, "amountTotal"));
        JsonArray bill = bills(first, PERIOD);
        assertEquals(1, bill.size());
        JsonObject b = bill.getJsonObject(0);
        assertEquals(d("303.05"), money(b, "total"));
        assertEquals(d("0.00"), money(b, "paid"));
        assertEquals("OPEN", b.getString("state"));
        JsonArray lines = b.getJsonArray("lines");
        assertEquals(List.of("GARBAGE", "HOT_WATER", "PROPERTY"),
                lines.stream().map(l -> l.asJsonObject().getString("item")).toList());
        assertEquals(d("3.25"), lines.getJsonObject(1).getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros());
        assertEquals(d("81.25"), money(lines.getJsonObject(1), "amount"));
        assertEquals(d("206.80"), money(lines.getJsonObject(2), "amount"));
        assertTrue(b.toString().contains("\"total\":303.05"), "two decimals in the JSON: " + b);

        JsonObject again = finished(start("manager", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, PERIOD)));
        assertEquals("COMPLETED", again.getString("state"));
        assertEquals(0, again.getInt("unitsTotal"));
        assertEquals(0, again.getInt("billsCreated"));
        for (long unit : units) {
            assertEquals(1, bills(unit, PERIOD).size(), "one bill per unit and period");
        }
        problem(Api.get("frontdesk2", "/api/v1/bills?unitId=" + first), 404);
        problem(Api.get("manager", "/api/v1/bills"), 400);
    }

    @Test
    void aRunFailedMidwayAndRestartedEndsWithTheBillsOfACleanRun() {
        long estate = GivenEstates.freshEstate("BF", 5);
        rates(estate);
        List<Long> units = units(estate);
        assertEquals(20, units.size());
        long run = start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false,"chunkSize":3,"failAfterUnits":7}"""
                .formatted(estate, PERIOD));
        JsonObject failed = finished(run);
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertEquals(6, failed.getInt("unitsBilled"), "two chunks of three committed before the failure");
        long billed = units.stream().filter(u -> bills(u, PERIOD).size() == 1).count();
        assertEquals(6, billed);

        Api.Reply restart = Api.post("finance", "/api/v1/billing/runs/" + run + "/restart", "{}");
        assertEquals(202, restart.status(), restart.body());
        JsonObject done = finished(run);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        assertEquals(20, done.getInt("unitsBilled"));
        assertEquals(20, done.getInt("billsCreated"));
        assertEquals(d("4436.00"), money(done, "amountTotal"), "20 × 221.80");
        for (long unit : units) {
            JsonArray b = bills(unit, PERIOD);
            assertEquals(1, b.size());
            assertEquals(d("221.80"), money(b.getJsonObject(0), "total"));
        }
        problem(Api.post("finance", "/api/v1/billing/runs/" + run + "/restart", "{}"), 409);
    }

    @Test
    void aPartitionedRunFailedInEveryPartitionRestartsEachFromItsOwnCheckpoint() {
        long estate = GivenEstates.freshEstate("BQ", 5);
        rates(estate);
        List<Long> units = units(estate);
        long run = start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false,"chunkSize":3,"partitions":2,"failAfterUnits":4}"""
                .formatted(estate, PERIOD));
        JsonObject failed = finished(run);
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertEquals(6, failed.getInt("unitsBilled"), "one chunk of three in each of the two partitions");
        assertEquals(202, Api.post("finance", "/api/v1/billing/runs/" + run + "/restart", "{}").status());
        JsonObject done = finished(run);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        assertEquals(20, done.getInt("billsCreated"));
        assertEquals(d("4436.00"), money(done, "amountTotal"));
        for (long unit : units) {
            assertEquals(1, bills(unit, PERIOD).size());
        }
        problem(Api.post("finance", "/api/v1/billing/runs", """
                {"estateIds":[%d],"period":"%s","dryRun":true,"partitions":9}""".formatted(estate, PERIOD)), 400);
    }

    @Test
    void aRunWithoutPaymentsIsCancelledAndItsPeriodBilledAgainButAPaidRunIsNot() {
        long estate = GivenEstates.freshEstate("BX", 2);
        rates(estate);
        List<Long> units = units(estate);
        long run = start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, PERIOD));
        assertEquals(8, finished(run).getInt("billsCreated"));
        String cancel = "/api/v1/billing/runs/" + run + "/cancellation";
        problem(Api.post("frontdesk", cancel, "{}"), 403);
        problem(Api.post("manager2", cancel, "{}"), 404);
        long dry = start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":true}""".formatted(estate, PERIOD));
        finished(dry);
        problem(Api.post("finance", "/api/v1/billing/runs/" + dry + "/cancellation", "{}"), 409);

        Api.Reply cancelled = Api.post("finance", cancel, "{}");
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject c = cancelled.json();
        assertTrue(c.getBoolean("cancelled"));
        assertEquals(8, c.getInt("billsCancelled"));
        assertEquals("finance", c.getString("cancelledBy"));
        assertEquals(8, c.getInt("billsCreated"), "the run's totals stay as its history");
        for (long unit : units) {
            assertEquals(0, bills(unit, PERIOD).size());
        }
        problem(Api.post("finance", cancel, "{}"), 409);
        problem(Api.post("finance", "/api/v1/billing/runs/" + run + "/restart", "{}"), 409);

        // the period is billed again; once one bill has a payment, even a reversed one, the run stays
        long again = start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, PERIOD));
        assertEquals(8, finished(again).getInt("billsCreated"));
        Api.Reply paid = Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"10.00","method":"CASH"}""".formatted(units.get(0)));
        assertEquals(201, paid.status(), paid.body());
        Api.Reply refused = Api.post("finance", "/api/v1/billing/runs/" + again + "/cancellation", "{}");
        problem(refused, 409);
        assertTrue(refused.body().contains("error.billing.cancelPaid"), refused.body());
        for (long unit : units) {
            assertEquals(1, bills(unit, PERIOD).size(), "a refused cancellation deletes nothing");
        }
        assertFalse(Api.get("finance", "/api/v1/billing/runs/" + again).json().getBoolean("cancelled"));
    }

    @Test
    void readingsBelowThePreviousOneNeedAMeterReplacement() {
        long estate = GivenEstates.freshEstate("MR", 1);
        long unit = units(estate).get(0);
        String url = "/api/v1/meter-readings";
        assertEquals(201, Api.post("assistant", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"520.40"}"""
                .formatted(unit, PERIOD.minusMonths(1))).status());
        Api.Reply lower = Api.post("assistant", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"12.00"}""".formatted(unit, PERIOD));
        problem(lower, 400);
        assertEquals("reading", lower.json().getString("field"));
        problem(Api.post("assistant", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"600.001"}""".formatted(unit, PERIOD)), 400);
        problem(Api.post("assistant", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"600"}""".formatted(unit,
                PERIOD.plusMonths(1))), 400);
        problem(Api.post("tech", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"600"}""".formatted(unit, PERIOD)), 403);
        Api.Reply replaced = Api.post("assistant", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"12.00","replacement":true}"""
                .formatted(unit, PERIOD));
        assertEquals(201, replaced.status(), replaced.body());
        assertEquals(d("12.00"), money(replaced.json(), "consumption"));
        problem(Api.post("assistant", url, """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"13.00"}""".formatted(unit, PERIOD)), 409);
        JsonArray history = Api.get("frontdesk", url + "?unitId=" + unit).array();
        assertEquals(2, history.size());
        assertEquals(PERIOD.toString(), history.getJsonObject(0).getString("period"));
    }

    @Test
    void paymentsGoToTheOldestLinesWithGaplessReceiptsAndAreReversedByACounterEntry() {
        long estate = GivenEstates.freshEstate("PY", 1);
        rates(estate);
        long unit = units(estate).get(0);
        for (YearMonth p : List.of(PERIOD.minusMonths(1), PERIOD)) {
            assertEquals("COMPLETED", finished(start("finance", """
                    {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, p))).getString("state"));
        }
        JsonObject balance = Api.get("frontdesk", "/api/v1/units/" + unit + "/balance").json();
        assertEquals(d("443.60"), money(balance, "outstanding"), "two months of 221.80");
        assertEquals(d("221.80"), money(balance, "overdue"), "last month's bill is past its due date");
        assertEquals(d("0.00"), money(balance, "lateFees"));

        String pay = "/api/v1/payments";
        problem(Api.post("frontdesk", pay, """
                {"unitId":%d,"amount":"10.00","method":"CASH"}""".formatted(unit)), 403);
        problem(Api.post("finance", pay, """
                {"unitId":%d,"amount":"10.005","method":"CASH"}""".formatted(unit)), 400);
        problem(Api.post("finance", pay, """
                {"unitId":%d,"amount":10.001,"method":"CASH"}""".formatted(unit)), 400);
        problem(Api.post("finance", pay, """
                {"unitId":%d,"amount":"0","method":"CASH"}""".formatted(unit)), 400);
        problem(Api.post("finance", pay, """
                {"unitId":%d,"amount":"-5.00","method":"CASH"}""".formatted(unit)), 400);
        problem(Api.post("finance", pay, """
                {"unitId":%d,"amount":"443.61","method":"CASH"}""".formatted(unit)), 400);
        problem(Api.post("finance", pay, """
                {"unitId":%d,"amount":"10.00","method":"BITCOIN"}""".formatted(unit)), 400);
        problem(Api.post("manager2", pay, """
                {"unitId":%d,"amount":"10.00","method":"CASH"}""".formatted(unit)), 404);
        assertEquals(d("443.60"), money(Api.get("finance", "/api/v1/units/" + unit + "/balance").json(),
                "outstanding"), "refused payments change nothing");

        Api.Reply first = Api.post("finance", pay, """
                {"unitId":%d,"amount":"230.00","method":"CASH"}""".formatted(unit));
        assertEquals(201, first.status(), first.body());
        JsonObject r1 = first.json();
        String number = r1.getString("receiptNumber");
        assertTrue(number.matches(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-\\d{6}"), number);
        JsonArray alloc = r1.getJsonArray("allocations");
        long oldBill = bills(unit, PERIOD.minusMonths(1)).getJsonObject(0).getJsonNumber("id").longValue();
        long newBill = bills(unit, PERIOD).getJsonObject(0).getJsonNumber("id").longValue();
        // last month's garbage 15.00 and property 206.80 first, then 8.20 of this month's garbage
        assertEquals(3, alloc.size(), alloc.toString());
        assertEquals(oldBill, alloc.getJsonObject(0).getJsonNumber("billId").longValue());
        assertEquals("GARBAGE", alloc.getJsonObject(0).getString("item"));
        assertEquals(d("206.80"), money(alloc.getJsonObject(1), "amount"));
        assertEquals(newBill, alloc.getJsonObject(2).getJsonNumber("billId").longValue());
        assertEquals(d("8.20"), money(alloc.getJsonObject(2), "amount"));
        assertEquals("PAID", bills(unit, PERIOD.minusMonths(1)).getJsonObject(0).getString("state"));
        assertEquals("PARTIALLY_PAID", bills(unit, PERIOD).getJsonObject(0).getString("state"));
        balance = Api.get("finance", "/api/v1/units/" + unit + "/balance").json();
        assertEquals(d("213.60"), money(balance, "outstanding"));
        assertEquals(d("0.00"), money(balance, "overdue"));

        Api.Reply second = Api.post("finance", pay, """
                {"unitId":%d,"amount":13.6,"method":"TRANSFER"}""".formatted(unit));
        assertEquals(201, second.status(), second.body());
        assertEquals(next(number), second.json().getString("receiptNumber"), "no gap in the receipt numbers");

        long paymentId = r1.getJsonNumber("id").longValue();
        Api.Reply reversal = Api.post("finance", pay + "/" + paymentId + "/reversal", "{\"reason\":\"收错房间\"}");
        assertEquals(201, reversal.status(), reversal.body());
        assertEquals(d("-230.00"), money(reversal.json(), "amount"));
        assertEquals(paymentId, reversal.json().getJsonNumber("reversalOf").longValue());
        assertEquals(next(second.json().getString("receiptNumber")), reversal.json().getString("receiptNumber"));
        problem(Api.post("finance", pay + "/" + paymentId + "/reversal", "{\"reason\":\"again\"}"), 409);
        balance = Api.get("finance", "/api/v1/units/" + unit + "/balance").json();
        assertEquals(d("430.00"), money(balance, "outstanding"), "443.60 − 13.60");
        assertEquals(d("221.80"), money(balance, "overdue"), "last month's bill is owed again");
        assertEquals(3, Api.get("finance", pay + "?unitId=" + unit).array().size(), "nothing deleted");

        JsonObject closing = Api.get("finance", pay + "/closing").json();
        assertEquals("finance", closing.getString("collector"));
        JsonObject totals = closing.getJsonObject("totals");
        assertTrue(money(totals, "TRANSFER").compareTo(d("13.60")) >= 0, closing.toString());
        BigDecimal sum = closing.getJsonArray("payments").stream()
                .map(p -> p.asJsonObject().getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum.setScale(2), money(closing, "total"), "the day's total is the sum of its payments");
        problem(Api.get("frontdesk", pay + "/closing"), 403);
    }

    private static String parameter(long company, String key) {
        for (JsonValue v : Api.get("manager", "/api/v1/companies/" + company + "/parameters").array()) {
            if (v.asJsonObject().getString("key").equals(key)) {
                return v.asJsonObject().getString("value");
            }
        }
        throw new IllegalStateException("no parameter " + key);
    }

    private static JsonObject finishedLateFees(long run) {
        return Api.await("late-fee run " + run + " finished", Duration.ofSeconds(100),
                () -> Api.get("finance", "/api/v1/billing/late-fee-runs/" + run).json(),
                r -> !r.getString("state").startsWith("START"));
    }

    @Test
    void lateFeesChargeTheDailyRateOnOverduePrincipalOnceAndArePaidAfterThePrincipal() {
        long estate = GivenEstates.freshEstate("LF", 1);
        rates(estate);
        long unit = units(estate).get(0);
        YearMonth old = PERIOD.minusMonths(3);
        assertEquals("COMPLETED", finished(start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, old))).getString("state"));
        long company = Api.get("manager", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0).longValue();
        int grace = Integer.parseInt(parameter(company, "lateFee.graceDays"));
        BigDecimal rate = d(parameter(company, "lateFee.dailyRate"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long days = java.time.temporal.ChronoUnit.DAYS.between(old.atEndOfMonth().plusDays(grace), today);
        assertTrue(days > 0, "three months back is past the grace period");
        BigDecimal expected = d("221.80").multiply(rate).multiply(BigDecimal.valueOf(days))
                .setScale(2, java.math.RoundingMode.HALF_UP);

        String url = "/api/v1/billing/late-fee-runs";
        problem(Api.post("frontdesk", url, "{}"), 403);
        problem(Api.post("finance", url, "{\"asOf\":\"" + today.plusDays(1) + "\"}"), 400);
        Api.Reply started = Api.post("finance", url, "{}");
        assertEquals(202, started.status(), started.body());
        JsonObject run = finishedLateFees(started.json().getJsonNumber("id").longValue());
        assertEquals("COMPLETED", run.getString("state"), run.toString());
        assertTrue(run.getInt("billsCharged") >= 4, run.toString());
        JsonObject bill = bills(unit, old).getJsonObject(0);
        assertEquals(expected, money(bill, "lateFee"), days + " days × " + rate + " × 221.80");
        assertEquals(expected, money(Api.get("finance", "/api/v1/units/" + unit + "/balance").json(), "lateFees"));

        JsonObject again = finishedLateFees(Api.post("finance", url, "{}").json().getJsonNumber("id").longValue());
        assertEquals(d("0.00"), money(again, "amount"), "the same day is never charged twice");
        assertEquals(expected, money(bills(unit, old).getJsonObject(0), "lateFee"));

        BigDecimal owed = d("221.80").add(expected);
        Api.Reply paid = Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"%s","method":"ONLINE"}""".formatted(unit, owed.toPlainString()));
        assertEquals(201, paid.status(), paid.body());
        JsonArray alloc = paid.json().getJsonArray("allocations");
        assertEquals("LATE_FEE", alloc.getJsonObject(alloc.size() - 1).getString("item"), "late fees after principal");
        assertEquals(expected, money(alloc.getJsonObject(alloc.size() - 1), "amount"));
        assertEquals("PAID", bills(unit, old).getJsonObject(0).getString("state"));
    }

    private static JsonObject row(JsonArray rows, long estate, String period) {
        for (JsonValue v : rows) {
            JsonObject o = v.asJsonObject();
            if (o.getJsonNumber("estateId").longValue() == estate
                    && (period == null || period.equals(o.getString("period")))) {
                return o;
            }
        }
        throw new IllegalStateException("no row of estate " + estate + " " + period + " in " + rows);
    }

    @Test
    void statementsShowIncomeAgeingAndCollectionRatePerEstate() {
        long estate = GivenEstates.freshEstate("ST", 1);
        rates(estate);
        long unit = units(estate).get(0);
        YearMonth old = PERIOD.minusMonths(4);
        for (YearMonth p : List.of(old, PERIOD)) {
            assertEquals("COMPLETED", finished(start("finance", """
                    {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, p))).getString("state"));
        }
        assertEquals(201, Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"100.00","method":"CASH"}""".formatted(unit)).status());

        JsonObject income = row(Api.get("finance", "/api/v1/billing/statements/income?period=" + PERIOD).array(),
                estate, null);
        assertEquals(d("100.00"), money(income.getJsonObject("byMethod"), "CASH"));
        assertEquals(d("100.00"), money(income, "total"));
        assertEquals(1, income.getInt("payments"));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long days = java.time.temporal.ChronoUnit.DAYS.between(old.atEndOfMonth(), today);
        String bucket = days <= 30 ? "days0to30" : days <= 90 ? "days31to90" : days <= 180 ? "days91to180" : "over180";
        JsonObject ageing = row(Api.get("finance", "/api/v1/billing/statements/ageing").array(), estate, null);
        assertEquals(d("887.20"), money(ageing, "notDue"), "this month: 4 × 221.80, due at its end");
        assertEquals(d("787.20"), money(ageing, bucket), days + " days past due: 887.20 − 100.00 paid");
        assertEquals(d("1674.40"), money(ageing, "total"));

        JsonArray collection = Api.get("finance", "/api/v1/billing/statements/collection?from=" + old + "&to="
                + PERIOD).array();
        JsonObject oldRate = row(collection, estate, old.toString());
        assertEquals(d("887.20"), money(oldRate, "billed"));
        assertEquals(d("100.00"), money(oldRate, "collected"));
        assertEquals(d("11.3"), money(oldRate, "rate"), "100 ÷ 887.20");
        assertEquals(d("0.0"), money(row(collection, estate, PERIOD.toString()), "rate"));
        problem(Api.get("finance", "/api/v1/billing/statements/collection?from=2026-11&to=2026-01"), 400);
        problem(Api.get("frontdesk", "/api/v1/billing/statements/income"), 403);

        // R4.7: the same statements as PDF
        String name = Api.get("manager", "/api/v1/estates/" + estate).json().getString("name");
        Api.Download incomePdf = Api.download("finance", "/api/v1/billing/statements/income.pdf?period=" + PERIOD);
        assertEquals(200, incomePdf.status());
        assertEquals("application/pdf", incomePdf.contentType());
        PdfText incomeText = PdfText.of(incomePdf.body());
        for (String expected : List.of("收费报表", "月度收入", PERIOD.toString(), name, "100.00", "现金")) {
            assertTrue(incomeText.contains(expected), expected + " in " + incomeText.text());
        }
        assertTrue(incomeText.allEmbedded(), incomeText.fonts().toString());
        PdfText ageingText = PdfText.of(Api.download("finance", "/api/v1/billing/statements/ageing.pdf").body());
        for (String expected : List.of("欠费账龄", name, "887.20", "787.20", "1674.40")) {
            assertTrue(ageingText.contains(expected), expected + " in " + ageingText.text());
        }
        PdfText collectionText = PdfText.of(Api.download("finance", "/api/v1/billing/statements/collection.pdf?from="
                + old + "&to=" + PERIOD).body());
        for (String expected : List.of("收缴率", name, old.toString(), "11.3")) {
            assertTrue(collectionText.contains(expected), expected + " in " + collectionText.text());
        }
        assertEquals(403, Api.download("frontdesk", "/api/v1/billing/statements/income.pdf").status());
        assertEquals(400, Api.download("finance", "/api/v1/billing/statements/ageing.pdf?asOf=x").status());
    }

    private static String next(String receipt) {
        String[] p = receipt.split("-");
        return p[0] + "-" + String.format("%06d", Integer.parseInt(p[1]) + 1);
    }

    /** The notifications about a payment, as a CS manager sees them. */
    private static List<JsonObject> notifications(long payment) {
        Api.Reply r = Api.get("manager", "/api/v1/notifications?targetType=payment&targetId=" + payment);
        assertEquals(200, r.status(), r.body());
        return r.array().stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void aLargeCollectionIsReportedToTheFinanceManagerTheSameDay() {
        SmtpSink sink = SmtpSink.get();
        long estate = GivenEstates.freshEstate("LC", 1);
        long unit = units(estate).get(0);
        Api.Reply small = Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"9999.99","method":"TRANSFER","prepaid":true}""".formatted(unit));
        assertEquals(201, small.status(), small.body());
        assertTrue(notifications(small.json().getJsonNumber("id").longValue()).isEmpty(),
                "below payment.largeCollectionThreshold (10,000.00 by default): no report");

        Api.Reply large = Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"10000.00","method":"CASH","prepaid":true}""".formatted(unit));
        assertEquals(201, large.status(), large.body());
        String receipt = large.json().getString("receiptNumber");
        List<JsonObject> sent = notifications(large.json().getJsonNumber("id").longValue());
        assertTrue(sent.stream().anyMatch(n -> n.getString("kind").equals("LARGE_COLLECTION")
                && n.getString("recipientUser").equals("finance") && n.getString("subject").contains(receipt)
                && n.getString("subject").contains("10000.00")), sent.toString());
        SmtpSink.Mail mail = sink.await(m -> m.recipients().contains("finance@xm.example.com")
                && m.subject().contains(receipt), java.time.Duration.ofSeconds(60));
        assertTrue(mail.subject().startsWith("【大额收款】"), mail.subject());
        assertTrue(Api.get("admin", "/api/v1/operation-log?operation=LARGE_COLLECTION&size=50").json()
                .getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("detail")
                        .startsWith(receipt)), "and in the operation log");
    }
}
